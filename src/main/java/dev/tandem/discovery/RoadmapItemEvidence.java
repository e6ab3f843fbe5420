package dev.tandem.discovery;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The discovery evidence behind a roadmap item: the ideas that became it, the
 * opportunities those ideas answer, the distinct insights supporting those opportunities
 * (summarised) and the experiments of those ideas.
 */
public record RoadmapItemEvidence(UUID roadmapItemId, List<IdeaView> ideas, List<OpportunityRef> opportunities,
		EvidenceSummary insights, List<ExperimentView> experiments) {

	public RoadmapItemEvidence {
		ideas = List.copyOf(ideas);
		opportunities = List.copyOf(opportunities);
		experiments = List.copyOf(experiments);
	}

	public static RoadmapItemEvidence none(UUID roadmapItemId) {
		return new RoadmapItemEvidence(roadmapItemId, List.of(), List.of(), EvidenceSummary.NONE, List.of());
	}

	@JsonProperty
	public int validatedExperiments() {
		return (int) experiments.stream().filter(ExperimentView::validated).count();
	}

}
