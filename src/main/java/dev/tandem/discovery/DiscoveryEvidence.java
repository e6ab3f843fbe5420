package dev.tandem.discovery;

import java.util.Comparator;
import java.util.HashSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "what evidence is there for this roadmap item?" for the roadmap (and, later,
 * delivery) without them reading discovery's tables.
 */
@Service
public class DiscoveryEvidence {

	private final Ideas ideas;

	private final Experiments experiments;

	private final OpportunityRepository opportunities;

	private final InsightRepository insights;

	DiscoveryEvidence(Ideas ideas, Experiments experiments, OpportunityRepository opportunities,
			InsightRepository insights) {
		this.ideas = ideas;
		this.experiments = experiments;
		this.opportunities = opportunities;
		this.insights = insights;
	}

	/**
	 * The evidence of a roadmap item: its ideas, their opportunities, the insights
	 * supporting those opportunities (each counted once) and the ideas' experiments. An
	 * item no idea points at has no evidence.
	 */
	@Transactional(readOnly = true)
	public RoadmapItemEvidence forRoadmapItem(UUID roadmapItemId) {
		var itemIdeas = ideas.forRoadmapItem(roadmapItemId);
		if (itemIdeas.isEmpty()) {
			return RoadmapItemEvidence.none(roadmapItemId);
		}
		var found = opportunities
			.findAllById(itemIdeas.stream().map(i -> i.opportunityId().value()).distinct().toList());
		var insightIds = new HashSet<UUID>();
		found.forEach(o -> insightIds.addAll(o.insightIds()));
		var supporting = insights.findAllById(insightIds).stream().map(Insight::view).toList();
		var refs = found.stream()
			.map(o -> new OpportunityRef(o.id(), o.title()))
			.sorted(Comparator.comparing(OpportunityRef::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new RoadmapItemEvidence(roadmapItemId, itemIdeas, refs, EvidenceSummary.of(supporting),
				experiments.ofIdeas(itemIdeas.stream().map(IdeaView::id).toList()));
	}

}
