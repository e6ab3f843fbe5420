package dev.tandem.org;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<Group, UUID> {

	boolean existsByNameKey(String nameKey);

}
