package dev.tandem.okr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface KeyResultRepository extends ListCrudRepository<KeyResult, UUID> {

	List<KeyResult> findByObjectiveIdOrderByCreatedAt(UUID objectiveId);

	List<KeyResult> findByObjectiveIdIn(Collection<UUID> objectiveIds);

	List<KeyResult> findBySourceKind(String sourceKind);

}
