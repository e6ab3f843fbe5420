package dev.tandem.discovery;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OpportunityRepository extends ListCrudRepository<Opportunity, UUID> {

}
