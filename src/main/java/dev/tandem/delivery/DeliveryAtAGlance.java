package dev.tandem.delivery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.DeliveryReadModel.Shape;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * Delivery in a few lines for other modules' pages: the work serving a roadmap item, a
 * team's flow, debt and estimation habits. Each read takes a handful of queries, since
 * the pages showing them are viewed often.
 */
@Service
public class DeliveryAtAGlance {

	private final DeliveryReadModel reads;

	private final CrossTeamFeatures crossTeam;

	private final TechnicalDebt debt;

	DeliveryAtAGlance(DeliveryReadModel reads, CrossTeamFeatures crossTeam, TechnicalDebt debt) {
		this.reads = reads;
		this.crossTeam = crossTeam;
		this.debt = debt;
	}

	/** How many of the items are in a state. */
	public record StateCount(WorkflowState state, int count) {
	}

	/**
	 * The work items serving a roadmap item, by state then title, with a count for every
	 * state, and its features that need more than one team.
	 */
	public record RoadmapItemWork(RoadmapItemId roadmapItem, List<StateCount> counts, List<WorkItemRef> items,
			List<CrossTeamFeature> crossTeamFeatures) {

		public boolean empty() {
			return items.isEmpty() && crossTeamFeatures.isEmpty();
		}

	}

	/**
	 * A team's delivery: work in progress, items finished in the last four weeks, the
	 * cross-team features it takes part in, its debt against budget and its estimates
	 * made without QA.
	 */
	public record TeamDelivery(TeamId team, int wip, int finishedLastFourWeeks,
			List<CrossTeamFeature> crossTeamFeatures, TechnicalDebt.DebtStanding debt,
			Estimation.WithoutQaShare withoutQa) {
	}

	@Transactional(readOnly = true)
	public RoadmapItemWork roadmapItem(RoadmapItemId roadmapItem) {
		var shapes = reads.shapes();
		var serving = shapes.values().stream().filter(s -> roadmapItem.value().equals(s.roadmapItem())).toList();
		if (serving.isEmpty()) {
			return new RoadmapItemWork(roadmapItem, counts(List.of()), List.of(), List.of());
		}
		var names = crossTeam.teamNames();
		var features = crossTeam.crossTeam(shapes, crossTeam.spans(shapes),
				s -> roadmapItem.value().equals(s.roadmapItem()), null, () -> names);
		var items = serving.stream()
			.sorted(Comparator.comparing(Shape::state).thenComparing(Shape::title))
			.map(s -> DeliveryQueries.ref(s, names))
			.toList();
		return new RoadmapItemWork(roadmapItem, counts(serving), items, features);
	}

	@Transactional(readOnly = true)
	public TeamDelivery team(TeamId team) {
		var shapes = reads.shapes();
		int wip = (int) shapes.values()
			.stream()
			.filter(s -> s.team().equals(team.value()) && s.state().inProgress())
			.count();
		var features = crossTeam.crossTeam(shapes, crossTeam.spans(shapes), s -> true, team.value(),
				crossTeam::teamNames);
		var standing = debt.standing(team);
		var estimates = reads.estimateCounts(team.value());
		return new TeamDelivery(team, wip, standing.lastFourWeeks().items(), features, standing,
				new Estimation.WithoutQaShare(team, estimates[0], estimates[1]));
	}

	private static List<StateCount> counts(List<Shape> shapes) {
		return Arrays.stream(WorkflowState.values())
			.map(state -> new StateCount(state, (int) shapes.stream().filter(s -> s.state() == state).count()))
			.toList();
	}

}
