package dev.tandem.org;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, UUID> {

	boolean existsByNameKey(String nameKey);

}
