package dev.tandem.adoption;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FeatureRepository extends ListCrudRepository<Feature, UUID> {

	boolean existsByNameIgnoreCase(String name);

}
