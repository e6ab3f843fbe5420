package dev.tandem.okr;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, UUID> {

	List<Objective> findByQuarterLabel(String quarterLabel);

	boolean existsByParentId(UUID parentId);

}
