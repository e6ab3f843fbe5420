package dev.tandem.discovery;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface IdeaRepository extends ListCrudRepository<Idea, UUID> {

	List<Idea> findByOpportunityId(UUID opportunityId);

	List<Idea> findByRoadmapItemId(UUID roadmapItemId);

}
