package dev.tandem.roadmap;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Shapes the roadmap: creates, changes, moves and removes items. Every write takes the
 * board lock, keeps the positions of the lanes it touches dense, and is audited, lane
 * moves included ("Moved … from Next to Now").
 */
@Service
public class RoadmapPlanning {

	private final RoadmapItemRepository items;

	private final LaneRanks ranks;

	private final RoadmapQueries queries;

	private final Teams teams;

	private final ObjectiveLinks objectives;

	private final EvidenceGuardrail guardrail;

	private final AuditTrail audit;

	private final Clock clock;

	RoadmapPlanning(RoadmapItemRepository items, LaneRanks ranks, RoadmapQueries queries, Teams teams,
			ObjectiveLinks objectives, EvidenceGuardrail guardrail, AuditTrail audit, Clock clock) {
		this.items = items;
		this.ranks = ranks;
		this.queries = queries;
		this.teams = teams;
		this.objectives = objectives;
		this.guardrail = guardrail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds an item to a lane at {@code position} (1 = top; null or past the end = last).
	 * The owning teams must exist, and so must the objectives. A new item has no
	 * discovery evidence yet, so the evidence guardrail, when on, refuses it in Now.
	 */
	@Transactional
	public RoadmapItemView create(RoadmapItemDetails details, Lane lane, Integer position) {
		requireLane(lane);
		requirePosition(position);
		var teamNames = checkReferences(details, null);
		ranks.lockBoard();
		var order = ranks.orderOf(lane);
		var item = RoadmapItem.create(details, lane, 1, clock.instant());
		if (lane == Lane.NOW) {
			guardrail.check(item.id().value()).requirePasses("lane");
		}
		item.placeIn(lane, order.place(item.id().value(), position));
		items.save(item);
		ranks.write(lane, order);
		audit.record(subject(item.id()), "roadmap-item.created",
				"Created roadmap item “" + item.title() + "” in " + lane.label(), null,
				describe(details, teamNames) + "; " + where(item.lane(), item.position()));
		return queries.item(item.id());
	}

	/**
	 * Changes what the card says; {@code expectedVersion} guards against lost updates
	 * (409 when stale). Lane and position change only through {@link #move}.
	 */
	@Transactional
	public RoadmapItemView update(RoadmapItemId id, long expectedVersion, RoadmapItemDetails details) {
		ranks.lockBoard();
		var item = load(id, expectedVersion);
		var teamNames = checkReferences(details, item.details());
		var before = describe(item.details(), teamNames);
		item.change(details);
		items.save(item);
		audit.record(subject(id), "roadmap-item.updated", "Updated roadmap item “" + details.title() + "”", before,
				describe(details, teamNames));
		return queries.item(id);
	}

	/**
	 * Moves an item within its lane or to another lane, at {@code position} (1 = top;
	 * null or past the end = last). The other items of both lanes close up or make room.
	 * Going into Now needs the evidence that discovery's guardrail asks for (when it is
	 * on), or an override; otherwise the move is refused on the field {@code lane}.
	 */
	@Transactional
	public RoadmapItemView move(RoadmapItemId id, long expectedVersion, Lane lane, Integer position) {
		requireLane(lane);
		requirePosition(position);
		ranks.lockBoard();
		var item = load(id, expectedVersion);
		var from = item.lane();
		var fromPosition = item.position();
		if (lane == Lane.NOW && from != Lane.NOW) {
			guardrail.check(id.value()).requirePasses("lane");
		}
		var target = ranks.orderOf(lane);
		var to = target.place(id.value(), position);
		if (from == lane && to == fromPosition) {
			return queries.item(id);
		}
		item.placeIn(lane, to);
		items.save(item);
		if (from != lane) {
			var source = ranks.orderOf(from);
			source.remove(id.value());
			ranks.write(from, source);
		}
		ranks.write(lane, target);
		var summary = from != lane ? "Moved “" + item.title() + "” from " + from.label() + " to " + lane.label()
				: "Moved “" + item.title() + "” " + (to < fromPosition ? "up" : "down") + " in " + lane.label();
		audit.record(subject(id), "roadmap-item.moved", summary, where(from, fromPosition), where(lane, to));
		return queries.item(id);
	}

	/**
	 * Removes an item; the items below it move up, and its history stays in the audit
	 * trail.
	 */
	@Transactional
	public void delete(RoadmapItemId id, long expectedVersion) {
		ranks.lockBoard();
		var item = load(id, expectedVersion);
		var teamNames = teamNames();
		items.delete(item);
		ranks.write(item.lane(), ranks.orderOf(item.lane()));
		audit.record(subject(id), "roadmap-item.deleted", "Deleted roadmap item “" + item.title() + "”",
				describe(item.details(), teamNames) + "; " + where(item.lane(), item.position()), null);
	}

	static Subject subject(RoadmapItemId id) {
		return Subject.of("roadmap-item", id);
	}

	private RoadmapItem load(RoadmapItemId id, long expectedVersion) {
		var item = items.findById(id.value()).orElseThrow(() -> new NotFoundException("roadmap item", id));
		if (!item.isVersion(expectedVersion)) {
			throw new StaleVersionException("roadmap item", id, expectedVersion);
		}
		return item;
	}

	private static void requireLane(Lane lane) {
		if (lane == null) {
			throw new InvalidInputException("lane", "is required");
		}
	}

	private static void requirePosition(Integer position) {
		if (position != null && position < 1) {
			throw new InvalidInputException("position", "must be 1 or more");
		}
	}

	/**
	 * Refuses teams and objectives that do not exist; returns every team's name. Links
	 * the item already had are kept even if their team or objective was removed since, so
	 * an edit is never refused for something the editor did not add.
	 */
	private Map<UUID, String> checkReferences(RoadmapItemDetails details, RoadmapItemDetails current) {
		var names = teamNames();
		var unknownTeams = details.teamIds()
			.stream()
			.filter(t -> current == null || !current.teamIds().contains(t))
			.map(TeamId::value)
			.filter(t -> !names.containsKey(t))
			.map(UUID::toString)
			.sorted()
			.toList();
		if (!unknownTeams.isEmpty()) {
			throw new InvalidInputException("teamIds", "no team has this id: " + String.join(", ", unknownTeams));
		}
		var unknownObjectives = objectives.unknown(details.objectiveIds()
			.stream()
			.filter(o -> current == null || !current.objectiveIds().contains(o))
			.toList());
		if (!unknownObjectives.isEmpty()) {
			throw new InvalidInputException("objectiveIds", "no objective has this id: "
					+ unknownObjectives.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
		}
		return names;
	}

	private Map<UUID, String> teamNames() {
		return teams.all().stream().collect(Collectors.toMap(t -> t.id().value(), TeamView::name));
	}

	/** A readable summary for the audit trail, naming teams and objectives. */
	private String describe(RoadmapItemDetails details, Map<UUID, String> teamNames) {
		var links = objectives.resolve(details.objectiveIds());
		var teamList = details.teamIds()
			.stream()
			.map(t -> teamNames.getOrDefault(t.value(), t.toString()))
			.sorted()
			.collect(Collectors.joining(", "));
		var objectiveList = ObjectiveLinks.ordered(links.values())
			.stream()
			.map(l -> l.known() ? l.title() + " (" + l.quarter() + ")" : l.id().toString())
			.collect(Collectors.joining(", "));
		return details.title() + "; teams: " + teamList + "; objectives: "
				+ (objectiveList.isEmpty() ? "none (not aligned)" : objectiveList)
				+ (details.problem() == null ? "" : "; problem: " + details.problem())
				+ (details.outcome() == null ? "" : "; outcome: " + details.outcome())
				+ (details.measure() == null ? "" : "; measured by: " + details.measure());
	}

	private static String where(Lane lane, int position) {
		return lane.label() + ", position " + position;
	}

}
