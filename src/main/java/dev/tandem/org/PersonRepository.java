package dev.tandem.org;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	boolean existsByEmail(String email);

	boolean existsByUserId(UUID userId);

	java.util.Optional<Person> findByUserId(UUID userId);

}
