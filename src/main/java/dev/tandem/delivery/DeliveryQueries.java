package dev.tandem.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.DeliveryReadModel.Criteria;
import dev.tandem.delivery.DeliveryReadModel.Shape;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonRef;
import dev.tandem.org.PersonSummary;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamRef;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapItemView;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.NotFoundException;

/**
 * Reads delivery: one item, items by filter, a team's board, the teams' work in progress.
 */
@Service
public class DeliveryQueries {

	private final WorkItemRepository items;

	private final DeliveryReadModel reads;

	private final Teams teams;

	private final People people;

	private final RoadmapQueries roadmap;

	private final CrossTeamFeatures crossTeam;

	private final Estimation estimation;

	DeliveryQueries(WorkItemRepository items, DeliveryReadModel reads, Teams teams, People people,
			RoadmapQueries roadmap, CrossTeamFeatures crossTeam, Estimation estimation) {
		this.items = items;
		this.reads = reads;
		this.teams = teams;
		this.people = people;
		this.roadmap = roadmap;
		this.crossTeam = crossTeam;
		this.estimation = estimation;
	}

	/** Filters of the item list; null means any. */
	public record ItemFilter(TeamId team, WorkItemKind kind, WorkflowState state, RoadmapItemId roadmapItem,
			String label) {

		public static ItemFilter none() {
			return new ItemFilter(null, null, null, null, null);
		}

	}

	/** A team's kanban board: a column per state, WIP, and the team's delivery smells. */
	public record BoardView(TeamRef team, List<Column> columns, int wip, Estimation.WithoutQaShare withoutQa,
			List<CrossTeamFeature> crossTeamFeatures) {

	}

	/** A column of the board and its cards, oldest first. */
	public record Column(WorkflowState state, List<Card> cards) {

		public int count() {
			return cards.size();
		}

	}

	/**
	 * A card: the item, its estimate, its neighbouring states and its version to move it.
	 */
	public record Card(WorkItemRef item, Integer points, List<String> labels, WorkflowState previous,
			WorkflowState next, int teamCount, long version) {

	}

	/** A team's work in progress for the landing page. */
	public record TeamWork(TeamRef team, int wip, int open) {
	}

	@Transactional(readOnly = true)
	public WorkItemView item(WorkItemId id) {
		var item = items.findById(id.value()).orElseThrow(() -> new NotFoundException("work item", id));
		return views(List.of(item)).get(0);
	}

	@Transactional(readOnly = true)
	public boolean exists(WorkItemId id) {
		return items.existsById(id.value());
	}

	/** Items by creation, narrowed by the filter. */
	@Transactional(readOnly = true)
	public List<WorkItemView> items(ItemFilter filter) {
		var f = filter == null ? ItemFilter.none() : filter;
		var ids = reads.ids(new Criteria(f.team() == null ? null : f.team().value(), f.kind(), f.state(),
				f.roadmapItem() == null ? null : f.roadmapItem().value(),
				f.label() == null || f.label().isBlank() ? null : f.label().strip().toLowerCase(Locale.ROOT)));
		var loaded = items.findAllById(ids).stream().collect(Collectors.toMap(w -> w.id().value(), w -> w));
		return views(ids.stream().map(loaded::get).filter(Objects::nonNull).toList());
	}

	@Transactional(readOnly = true)
	public BoardView board(TeamId team) {
		var teamView = teams.get(team);
		var shapes = reads.shapes();
		var spans = crossTeam.spans(shapes);
		var teamNames = teamNames();
		var ids = reads.ids(new Criteria(team.value(), null, null, null, null));
		var loaded = items.findAllById(ids).stream().collect(Collectors.toMap(w -> w.id().value(), w -> w));
		var columns = Arrays.stream(WorkflowState.values())
			.map(state -> new Column(state,
					ids.stream()
						.map(loaded::get)
						.filter(w -> w != null && w.state() == state)
						.map(w -> new Card(ref(shapes.get(w.id().value()), teamNames),
								w.estimate() == null ? null : w.estimate().points(),
								WorkItemDetails.sorted(w.details().labels()), state.previous(), state.next(),
								spans.getOrDefault(w.id().value(), Set.of()).size(), w.version()))
						.toList()))
			.toList();
		int wip = columns.stream().filter(c -> c.state().inProgress()).mapToInt(Column::count).sum();
		return new BoardView(new TeamRef(team, teamView.name()), columns, wip, estimation.withoutQaShare(team),
				crossTeam.forTeam(team));
	}

	/** Every team with its work in progress and open items, by name. */
	@Transactional(readOnly = true)
	public List<TeamWork> teams() {
		var shapes = reads.shapes().values();
		return teams.all()
			.stream()
			.map(t -> new TeamWork(new TeamRef(t.id(), t.name()),
					(int) shapes.stream()
						.filter(s -> s.team().equals(t.id().value()) && s.state().inProgress())
						.count(),
					(int) shapes.stream()
						.filter(s -> s.team().equals(t.id().value())
								&& s.state().ordinal() < WorkflowState.DONE.ordinal())
						.count()))
			.sorted(Comparator.comparing(w -> w.team().name()))
			.toList();
	}

	List<WorkItemView> views(List<WorkItem> loaded) {
		if (loaded.isEmpty()) {
			return List.of();
		}
		var shapes = reads.shapes();
		var edges = reads.edges();
		var spans = crossTeam.spans(shapes);
		var teamNames = teamNames();
		Map<UUID, String> personNames = people.all()
			.stream()
			.collect(Collectors.toMap(p -> p.id().value(), PersonSummary::name));
		var children = new HashMap<UUID, List<Shape>>();
		shapes.values()
			.stream()
			.filter(s -> s.parent() != null)
			.sorted(Comparator.comparing(Shape::title))
			.forEach(s -> children.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s));
		var roadmapTitles = new HashMap<UUID, String>();
		return loaded.stream().map(w -> {
			var id = w.id().value();
			var d = w.details();
			var estimate = w.estimate();
			var roadmapItem = d.roadmapItemId();
			String roadmapTitle = roadmapItem == null ? null : roadmapTitles.computeIfAbsent(roadmapItem.value(),
					r -> roadmap.find(roadmapItem).map(RoadmapItemView::title).orElse(null));
			var span = spans.get(id);
			CrossTeamFeature feature = span == null ? null : crossTeam.feature(shapes.get(id), span, teamNames);
			return new WorkItemView(w.id(), d.kind(), d.title(), d.description(), Markdown.toSafeHtml(d.description()),
					new TeamRef(d.teamId(), teamNames.get(d.teamId().value())),
					d.parentId() == null ? null : ref(shapes.get(d.parentId().value()), teamNames), roadmapItem,
					roadmapTitle, w.state(), d.skills().stream().sorted().toList(),
					persons(d.assignees().stream().toList(), personNames), WorkItemDetails.sorted(d.labels()),
					estimate == null ? null
							: new WorkItemView.EstimateView(estimate.points(), estimate.size(),
									persons(estimate.participants(), personNames), estimate.withoutQa(),
									estimate.estimatedAt()),
					w.transitions()
						.stream()
						.map(t -> new WorkItemView.TransitionView(t.from(), t.to(), t.at(),
								t.byPerson() != null && personNames.containsKey(t.byPerson().value())
										? personNames.get(t.byPerson().value()) : t.byEmail(),
								t.backwards()))
						.toList(),
					children.getOrDefault(id, List.of()).stream().map(s -> ref(s, teamNames)).toList(),
					edges.stream()
						.filter(e -> e.blocked().equals(id))
						.map(e -> ref(shapes.get(e.blocker()), teamNames))
						.sorted(Comparator.comparing(WorkItemRef::title))
						.toList(),
					edges.stream()
						.filter(e -> e.blocker().equals(id))
						.map(e -> ref(shapes.get(e.blocked()), teamNames))
						.sorted(Comparator.comparing(WorkItemRef::title))
						.toList(),
					feature, w.createdAt(), w.version(), w.debtCost());
		}).toList();
	}

	Map<UUID, String> teamNames() {
		return teams.all().stream().collect(Collectors.toMap(t -> t.id().value(), TeamView::name));
	}

	static WorkItemRef ref(Shape s, Map<UUID, String> teamNames) {
		return new WorkItemRef(new WorkItemId(s.id()), s.kind(), s.title(), s.state(),
				new TeamRef(new TeamId(s.team()), teamNames.get(s.team())));
	}

	private static List<PersonRef> persons(List<PersonId> ids, Map<UUID, String> names) {
		return ids.stream()
			.map(p -> new PersonRef(p, names.get(p.value())))
			.sorted(Comparator.comparing((PersonRef p) -> p.name() == null ? "\uffff" : p.name()))
			.toList();
	}

}
