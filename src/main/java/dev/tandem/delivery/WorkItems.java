package dev.tandem.delivery;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Creates, changes and deletes work items. References to other modules are checked: the
 * owning team, the roadmap item and the assignees must exist; a parent must be a feature
 * and may not make a loop.
 */
@Service
public class WorkItems {

	private final WorkItemRepository items;

	private final DeliveryReadModel reads;

	private final DeliveryQueries queries;

	private final Teams teams;

	private final People people;

	private final RoadmapQueries roadmap;

	private final Actors actors;

	private final AuditTrail audit;

	private final Clock clock;

	WorkItems(WorkItemRepository items, DeliveryReadModel reads, DeliveryQueries queries, Teams teams, People people,
			RoadmapQueries roadmap, Actors actors, AuditTrail audit, Clock clock) {
		this.items = items;
		this.reads = reads;
		this.queries = queries;
		this.teams = teams;
		this.people = people;
		this.roadmap = roadmap;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new item in the backlog, created by the account with {@code actorEmail}. */
	@Transactional
	public WorkItemView create(WorkItemDetails details, String actorEmail) {
		return create(details, DebtCost.NONE, actorEmail);
	}

	/** A new item; a DEBT item may say what it costs. */
	@Transactional
	public WorkItemView create(WorkItemDetails details, DebtCost debt, String actorEmail) {
		checkReferences(details, null, null);
		var actor = actors.of(actorEmail);
		var item = WorkItem.create(details, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.person(),
				actor.email());
		item.costDebt(debt);
		items.save(item);
		audit.record(subject(item.id()), "work-item.created",
				"Created " + details.kind().name().toLowerCase(Locale.ROOT) + " “" + details.title() + "”", null,
				describe(details));
		return queries.item(item.id());
	}

	/**
	 * Changes what the item says; {@code expectedVersion} guards against lost updates.
	 */
	@Transactional
	public WorkItemView update(WorkItemId id, long expectedVersion, WorkItemDetails details) {
		return update(id, expectedVersion, details, null);
	}

	/**
	 * Changes what the item says and, when {@code debt} is not null, what it costs.
	 */
	@Transactional
	public WorkItemView update(WorkItemId id, long expectedVersion, WorkItemDetails details, DebtCost debt) {
		var item = load(id, expectedVersion);
		var before = item.details();
		checkReferences(details, before, id);
		boolean hasChildren = reads.shapes().values().stream().anyMatch(s -> id.value().equals(s.parent()));
		item.change(details, hasChildren);
		item.costDebt(debt != null ? debt : details.kind() == WorkItemKind.DEBT ? item.debtCost() : DebtCost.NONE);
		items.save(item);
		audit.record(subject(id), "work-item.updated", "Updated “" + details.title() + "”", describe(before),
				describe(details));
		return queries.item(id);
	}

	/**
	 * Deletes an item without children; its dependencies go with it, its history stays in
	 * the audit trail.
	 */
	@Transactional
	public void delete(WorkItemId id, long expectedVersion) {
		var item = load(id, expectedVersion);
		if (reads.shapes().values().stream().anyMatch(s -> id.value().equals(s.parent()))) {
			throw new InvalidInputException("id", "remove or move its children first");
		}
		items.delete(item);
		audit.record(subject(id), "work-item.deleted", "Deleted “" + item.title() + "”", describe(item.details()),
				null);
	}

	static Subject subject(WorkItemId id) {
		return Subject.of("work-item", id);
	}

	WorkItem load(WorkItemId id, long expectedVersion) {
		var item = items.findById(id.value()).orElseThrow(() -> new NotFoundException("work item", id));
		if (!item.isVersion(expectedVersion)) {
			throw new StaleVersionException("work item", id, expectedVersion);
		}
		return item;
	}

	private void checkReferences(WorkItemDetails details, WorkItemDetails current, WorkItemId self) {
		var teamIds = teams.all().stream().map(TeamView::id).collect(Collectors.toSet());
		if (!teamIds.contains(details.teamId()) && (current == null || !current.teamId().equals(details.teamId()))) {
			throw new InvalidInputException("teamId", "no team has this id");
		}
		if (details.roadmapItemId() != null && roadmap.find(details.roadmapItemId()).isEmpty()
				&& (current == null || !details.roadmapItemId().equals(current.roadmapItemId()))) {
			throw new InvalidInputException("roadmapItemId", "no roadmap item has this id");
		}
		var unknown = new HashSet<PersonId>(details.assignees());
		if (current != null) {
			unknown.removeAll(current.assignees());
		}
		unknown.removeIf(people::exists);
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("assignees", "no person has this id: {0}",
					unknown.stream().map(PersonId::toString).sorted().collect(Collectors.joining(", ")));
		}
		if (details.parentId() != null) {
			var shapes = reads.shapes();
			var parent = shapes.get(details.parentId().value());
			if (parent == null) {
				throw new InvalidInputException("parentId", "no work item has this id");
			}
			if (parent.kind() != WorkItemKind.FEATURE) {
				throw new InvalidInputException("parentId", "a parent must be a feature");
			}
			if (self != null) {
				var seen = new HashSet<UUID>();
				for (UUID at = parent.id(); at != null
						&& seen.add(at); at = shapes.get(at) == null ? null : shapes.get(at).parent()) {
					if (at.equals(self.value())) {
						throw new InvalidInputException("parentId", "would make the item its own ancestor");
					}
				}
			}
		}
	}

	private static String describe(WorkItemDetails d) {
		return d.kind() + " “" + d.title() + "”; team " + d.teamId()
				+ (d.parentId() == null ? "" : "; parent " + d.parentId())
				+ (d.roadmapItemId() == null ? "" : "; roadmap item " + d.roadmapItemId())
				+ (d.labels().isEmpty() ? "" : "; labels " + String.join(", ", WorkItemDetails.sorted(d.labels())));
	}

}
