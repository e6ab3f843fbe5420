package dev.tandem.discovery;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface InsightRepository extends ListCrudRepository<Insight, UUID> {

}
