package dev.tandem.delivery;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface WorkItemRepository extends ListCrudRepository<WorkItem, UUID> {

	java.util.Optional<WorkItem> findByExternalKey(String externalKey);

}
