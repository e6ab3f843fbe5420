package dev.tandem.delivery;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.DeliveryReadModel.Shape;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamRef;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * Features that need more than one team — through their children or their dependencies —
 * for any page that wants to show the "one feature, several tickets" smell.
 */
@Service
public class CrossTeamFeatures {

	private final DeliveryReadModel reads;

	private final Teams teams;

	CrossTeamFeatures(DeliveryReadModel reads, Teams teams) {
		this.reads = reads;
		this.teams = teams;
	}

	/** The features serving the roadmap item that need more than one team. */
	@Transactional(readOnly = true)
	public List<CrossTeamFeature> forRoadmapItem(UUID roadmapItem) {
		return crossTeam(s -> roadmapItem.equals(s.roadmapItem()), null);
	}

	/** The same, with the roadmap's id type. */
	@Transactional(readOnly = true)
	public List<CrossTeamFeature> forRoadmapItem(RoadmapItemId roadmapItem) {
		return forRoadmapItem(roadmapItem.value());
	}

	/** The features the team owns or takes part in that need more than one team. */
	@Transactional(readOnly = true)
	public List<CrossTeamFeature> forTeam(TeamId team) {
		return crossTeam(s -> true, team.value());
	}

	/** Every feature that needs more than one team, the most teams first. */
	@Transactional(readOnly = true)
	public List<CrossTeamFeature> all() {
		return crossTeam(s -> true, null);
	}

	/** How many teams one feature needs; a non-feature needs none of this. */
	@Transactional(readOnly = true)
	public Optional<CrossTeamFeature> of(WorkItemId feature) {
		var shapes = reads.shapes();
		var span = spans(shapes).get(feature.value());
		return span == null ? Optional.empty() : Optional.of(feature(shapes.get(feature.value()), span, teamNames()));
	}

	private List<CrossTeamFeature> crossTeam(Predicate<Shape> which, UUID involving) {
		var shapes = reads.shapes();
		return crossTeam(shapes, spans(shapes), which, involving, this::teamNames);
	}

	/**
	 * The cross-team features among already read shapes and spans; team names are only
	 * read when there is a feature to name them in.
	 */
	List<CrossTeamFeature> crossTeam(Map<UUID, Shape> shapes, Map<UUID, Set<UUID>> spans, Predicate<Shape> which,
			UUID involving, Supplier<Map<UUID, String>> teamNames) {
		var matching = spans.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.filter(e -> involving == null || e.getValue().contains(involving))
			.filter(e -> which.test(shapes.get(e.getKey())))
			.toList();
		if (matching.isEmpty()) {
			return List.of();
		}
		var names = teamNames.get();
		return matching.stream()
			.map(e -> feature(shapes.get(e.getKey()), e.getValue(), names))
			.sorted(Comparator.comparing(CrossTeamFeature::teamCount).reversed().thenComparing(CrossTeamFeature::title))
			.toList();
	}

	Map<UUID, Set<UUID>> spans(Map<UUID, Shape> shapes) {
		return FeatureSpans.teamsByFeature(shapes.values().stream().map(Shape::node).toList(), reads.edges());
	}

	CrossTeamFeature feature(Shape shape, Set<UUID> span, Map<UUID, String> names) {
		var refs = span.stream().map(t -> new TeamRef(new TeamId(t), names.get(t))).toList();
		return new CrossTeamFeature(new WorkItemId(shape.id()), shape.title(), shape.state(),
				shape.roadmapItem() == null ? null : new RoadmapItemId(shape.roadmapItem()), refs.get(0), refs,
				span.size());
	}

	Map<UUID, String> teamNames() {
		return teams.all().stream().collect(Collectors.toMap(t -> t.id().value(), TeamView::name));
	}

}
