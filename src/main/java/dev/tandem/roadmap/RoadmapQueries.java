package dev.tandem.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.GroupId;
import dev.tandem.org.Groups;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamRef;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapReadModel.Criteria;
import dev.tandem.roadmap.RoadmapReadModel.ItemRow;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * Reads the roadmap: the board, one item, and the items of a team, of an objective, in
 * some lanes, or serving no objective at all.
 */
@Service
public class RoadmapQueries {

	private final RoadmapReadModel reads;

	private final Teams teams;

	private final Groups groups;

	private final ObjectiveLinks objectives;

	private final AuditTrail audit;

	RoadmapQueries(RoadmapReadModel reads, Teams teams, Groups groups, ObjectiveLinks objectives, AuditTrail audit) {
		this.reads = reads;
		this.teams = teams;
		this.groups = groups;
		this.objectives = objectives;
		this.audit = audit;
	}

	/** The four lanes, Now first, narrowed by the filter. */
	@Transactional(readOnly = true)
	public BoardView board(BoardFilter filter) {
		var items = items(null, filter);
		var lanes = Arrays.stream(Lane.values()).map(lane -> {
			var inLane = items.stream().filter(i -> i.lane() == lane).toList();
			var cards = new ArrayList<BoardView.Card>();
			for (int i = 0; i < inLane.size(); i++) {
				cards.add(new BoardView.Card(inLane.get(i), i == 0 ? null : inLane.get(i - 1).position(),
						i == inLane.size() - 1 ? null : inLane.get(i + 1).position()));
			}
			return new BoardView.LaneView(lane, List.copyOf(cards));
		}).toList();
		return new BoardView(filter, lanes);
	}

	/**
	 * Items by lane and position, in one lane when {@code lane} is given, narrowed by the
	 * filter. An unknown group is invalid input on the field {@code group}.
	 */
	@Transactional(readOnly = true)
	public List<RoadmapItemView> items(Lane lane, BoardFilter filter) {
		var filterBy = filter == null ? BoardFilter.none() : filter;
		Set<UUID> teamIds = null;
		if (filterBy.group() != null) {
			teamIds = teamsOf(filterBy.group());
		}
		if (filterBy.team() != null) {
			teamIds = teamIds == null ? Set.of(filterBy.team().value())
					: teamIds.stream().filter(filterBy.team().value()::equals).collect(Collectors.toSet());
		}
		return views(reads.items(new Criteria(lane == null ? null : EnumSet.of(lane), teamIds,
				filterBy.objective() == null ? null : filterBy.objective().value(), null, false)));
	}

	@Transactional(readOnly = true)
	public RoadmapItemView item(RoadmapItemId id) {
		return find(id).orElseThrow(() -> new NotFoundException("roadmap item", id));
	}

	@Transactional(readOnly = true)
	public Optional<RoadmapItemView> find(RoadmapItemId id) {
		return views(reads.items(new Criteria(null, null, null, Set.of(id.value()), false))).stream().findFirst();
	}

	/** Items that serve the objective, by lane and position. */
	@Transactional(readOnly = true)
	public List<RoadmapItemView> byObjective(ObjectiveId objective) {
		return items(null, new BoardFilter(null, null, objective));
	}

	/** Items the team owns, alone or with others, by lane and position. */
	@Transactional(readOnly = true)
	public List<RoadmapItemView> byTeam(TeamId team) {
		return items(null, new BoardFilter(team, null, null));
	}

	/** Items in the given lanes, e.g. Now and Next for a forecast. */
	@Transactional(readOnly = true)
	public List<RoadmapItemView> inLanes(Set<Lane> lanes) {
		return views(reads.items(new Criteria(EnumSet.copyOf(lanes), null, null, null, false)));
	}

	/** Items that serve no objective: work nobody can tie to what the company wants. */
	@Transactional(readOnly = true)
	public List<RoadmapItemView> notAligned() {
		return views(reads.items(new Criteria(null, null, null, null, true)));
	}

	/** What happened to the item, newest first; 404 when the item does not exist. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(RoadmapItemId id, int limit) {
		if (reads.titles(Set.of(id.value())).isEmpty()) {
			throw new NotFoundException("roadmap item", id);
		}
		return audit.about(RoadmapPlanning.subject(id), limit);
	}

	/**
	 * Objectives a person may link an item to: those of the current quarter, plus the
	 * given ones (already linked), ordered by quarter and title.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveLink> objectiveChoices(Collection<ObjectiveId> alreadyLinked) {
		return objectives.choices(alreadyLinked);
	}

	private Set<UUID> teamsOf(GroupId group) {
		return groups.all()
			.stream()
			.filter(g -> g.id().equals(group))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("group", "no group has this id"))
			.teams()
			.stream()
			.map(t -> t.id().value())
			.collect(Collectors.toSet());
	}

	private List<RoadmapItemView> views(List<ItemRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> teamNames = teams.all()
			.stream()
			.collect(Collectors.toMap(t -> t.id().value(), TeamView::name));
		var links = objectives
			.resolve(rows.stream().flatMap(r -> r.objectiveIds().stream()).map(ObjectiveId::new).toList());
		return rows.stream()
			.map(row -> new RoadmapItemView(new RoadmapItemId(row.id()), row.title(), row.problem(), row.outcome(),
					row.measure(), row.lane(), row.position(),
					row.teamIds()
						.stream()
						.map(t -> new TeamRef(new TeamId(t), teamNames.get(t)))
						.sorted(Comparator.comparing((TeamRef t) -> t.name() == null ? "\uffff" : t.name())
							.thenComparing(t -> t.id().value()))
						.toList(),
					ObjectiveLinks
						.ordered(row.objectiveIds().stream().map(o -> links.get(new ObjectiveId(o))).toList()),
					row.version()))
			.toList();
	}

}
