package dev.tandem.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;

/**
 * Brings work items in from another tracker with their past, so throughput and forecasts
 * have history from the first day. Each item gets a synthetic workflow history built from
 * the times the tracker kept (see {@link #history}). An import is one transaction: when
 * anything fails, nothing is imported.
 * <p>
 * Items are matched by their external key, unique across teams. An item whose key is
 * already known is <em>skipped</em>, not updated: what happened to it in Tandem since the
 * first import is more accurate than the old export.
 */
@Service
public class WorkItemImport {

	private final WorkItemRepository items;

	private final Teams teams;

	private final Actors actors;

	private final AuditTrail audit;

	private final RoadmapQueries roadmap;

	WorkItemImport(WorkItemRepository items, Teams teams, Actors actors, AuditTrail audit, RoadmapQueries roadmap) {
		this.roadmap = roadmap;
		this.items = items;
		this.teams = teams;
		this.actors = actors;
		this.audit = audit;
	}

	/**
	 * One item as the other tracker knew it. {@code updated} and {@code resolved} may be
	 * null; {@code parentKey} names the feature it belongs to, imported in the same batch
	 * or before.
	 */
	public record ImportedItem(String key, WorkItemKind kind, String title, String description, WorkflowState state,
			Instant created, Instant updated, Instant resolved, String parentKey, Set<String> labels, Integer points,
			RoadmapItemId roadmapItem) {

		/** An item without an estimate, serving no roadmap item. */
		public ImportedItem(String key, WorkItemKind kind, String title, String description, WorkflowState state,
				Instant created, Instant updated, Instant resolved, String parentKey, Set<String> labels) {
			this(key, kind, title, description, state, created, updated, resolved, parentKey, labels, null, null);
		}

		public ImportedItem {
			if (key == null || key.isBlank()) {
				throw new InvalidInputException("key", "is required");
			}
			if (state == null) {
				throw new InvalidInputException("state", "is required");
			}
			if (created == null) {
				throw new InvalidInputException("created", "is required");
			}
			if (points != null && (points < 0 || points > Estimate.MAX_POINTS)) {
				throw new InvalidInputException("points", "must be between 0 and {0}", Estimate.MAX_POINTS);
			}
			key = key.strip();
			labels = labels == null ? Set.of() : Set.copyOf(labels);
		}

	}

	/** What an import did. */
	public record Result(int created, int skipped) {
	}

	/** Imports the items into {@code team} in one transaction. */
	@Transactional
	public Result importInto(TeamId team, List<ImportedItem> batch, String actorEmail) {
		teams.get(team);
		var actor = actors.of(actorEmail);
		var byKey = new HashMap<String, WorkItem>();
		var fresh = new ArrayList<WorkItem>();
		var parents = new HashMap<WorkItem, String>();
		int skipped = 0;
		for (var imported : batch) {
			if (byKey.containsKey(imported.key())) {
				skipped++;
				continue;
			}
			var existing = items.findByExternalKey(imported.key());
			if (existing.isPresent()) {
				byKey.put(imported.key(), existing.get());
				skipped++;
				continue;
			}
			if (imported.roadmapItem() != null && roadmap.find(imported.roadmapItem()).isEmpty()) {
				throw new InvalidInputException("roadmapItem", "no roadmap item has this id");
			}
			var details = new WorkItemDetails(imported.kind(), imported.title(), imported.description(), team, null,
					imported.roadmapItem(), Set.of(), Set.of(), imported.labels());
			var item = WorkItem.imported(details, imported.key(), history(imported, actor.email()));
			if (imported.points() != null) {
				item.importedEstimate(imported.points(), imported.created());
			}
			items.save(item);
			byKey.put(imported.key(), item);
			fresh.add(item);
			if (imported.parentKey() != null && !imported.parentKey().isBlank()) {
				parents.put(item, imported.parentKey().strip());
			}
		}
		// Second pass: parents are known once every item of the batch exists.
		for (Map.Entry<WorkItem, String> entry : parents.entrySet()) {
			var parent = byKey.get(entry.getValue());
			if (parent == null) {
				parent = items.findByExternalKey(entry.getValue()).orElse(null);
			}
			if (parent != null && parent.kind() == WorkItemKind.FEATURE && !parent.equals(entry.getKey())) {
				entry.getKey().attachTo(parent.id());
				items.save(entry.getKey());
			}
		}
		for (var item : fresh) {
			audit.record(WorkItems.subject(item.id()), "work-item.imported",
					"Imported " + item.externalKey() + " “" + item.title() + "”", null, item.state().name());
		}
		return new Result(fresh.size(), skipped);
	}

	/**
	 * The moves an imported item is given. Always BACKLOG at its creation. An item that
	 * was finished (DONE or RELEASED) started at its creation (the tracker does not say
	 * when work started, so cycle times of imported items are an upper bound) and is DONE
	 * at its resolution (its last update when not resolved); a RELEASED one is released
	 * at the same moment. An unfinished item in progress or review started at its last
	 * update (a lower bound on how long it has been in progress); READY is reached at its
	 * last update too. Times never go backwards.
	 */
	static List<Transition> history(ImportedItem item, String byEmail) {
		var created = micros(item.created());
		var updated = later(created, item.updated());
		var resolved = item.resolved() == null ? updated : later(created, item.resolved());
		var moves = new ArrayList<Transition>();
		moves.add(new Transition(null, WorkflowState.BACKLOG, created, null, byEmail));
		switch (item.state()) {
			case BACKLOG -> {
			}
			case READY -> moves.add(new Transition(WorkflowState.BACKLOG, WorkflowState.READY, updated, null, byEmail));
			case IN_PROGRESS, IN_REVIEW -> {
				moves.add(new Transition(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, updated, null, byEmail));
				if (item.state() == WorkflowState.IN_REVIEW) {
					moves.add(
							new Transition(WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW, updated, null, byEmail));
				}
			}
			case DONE, RELEASED -> {
				moves.add(new Transition(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, created, null, byEmail));
				moves.add(new Transition(WorkflowState.IN_PROGRESS, WorkflowState.DONE, resolved, null, byEmail));
				if (item.state() == WorkflowState.RELEASED) {
					moves.add(new Transition(WorkflowState.DONE, WorkflowState.RELEASED, resolved, null, byEmail));
				}
			}
		}
		return moves;
	}

	private static Instant micros(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	private static Instant later(Instant floor, Instant at) {
		if (at == null) {
			return floor;
		}
		var micros = micros(at);
		return micros.isBefore(floor) ? floor : micros;
	}

}
