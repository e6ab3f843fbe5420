package dev.tandem.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Moves work items through the workflow, one at a time or all the items of a release at
 * once, keeping who moved what, when.
 */
@Service
public class Workflow {

	public static final int MAX_RELEASE_NAME = 200;

	private final WorkItemRepository items;

	private final DeliveryReadModel reads;

	private final DeliveryQueries queries;

	private final Actors actors;

	private final AuditTrail audit;

	private final Clock clock;

	private final dev.tandem.discovery.EvidenceGuardrail guardrail;

	Workflow(WorkItemRepository items, DeliveryReadModel reads, DeliveryQueries queries, Actors actors,
			AuditTrail audit, Clock clock, dev.tandem.discovery.EvidenceGuardrail guardrail) {
		this.guardrail = guardrail;
		this.items = items;
		this.reads = reads;
		this.queries = queries;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** A release as recorded: every item in it became RELEASED at {@code releasedAt}. */
	public record ReleaseView(UUID id, String name, Instant releasedAt, List<WorkItemId> items) {
	}

	/**
	 * Moves the item to {@code to}. The mover names what they saw: the state the item was
	 * in ({@code fromState}) or its {@code version}, or both; a move from what is no
	 * longer true is refused as stale (409).
	 */
	@Transactional
	public WorkItemView transition(WorkItemId id, WorkflowState to, WorkflowState fromState, Long version,
			String actorEmail) {
		if (to == null) {
			throw new InvalidInputException("to", "is required");
		}
		if (fromState == null && version == null) {
			throw new InvalidInputException("fromState", "give the state you saw or the version you read");
		}
		var item = items.findById(id.value()).orElseThrow(() -> new NotFoundException("work item", id));
		if (version != null && !item.isVersion(version)) {
			throw new StaleVersionException("work item", id, version);
		}
		if (startsWork(item.state(), to) && item.roadmapItem() != null) {
			// The head of UX's counter-power: work on a roadmap item starts only with the
			// evidence the guardrail asks
			// for, or an override recorded for that item.
			guardrail.check(item.roadmapItem()).requirePasses("to");
		}
		var actor = actors.of(actorEmail);
		var moved = item.moveTo(to, fromState, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.person(),
				actor.email());
		if (moved != null) {
			items.save(item);
			audit.record(WorkItems.subject(id), "work-item.moved",
					"Moved “" + item.title() + "” from " + moved.from() + " to " + moved.to(), moved.from().name(),
					moved.to().name());
		}
		return queries.item(id);
	}

	/** Moving from the backlog or ready into progress (or beyond) is when work starts. */
	static boolean startsWork(WorkflowState from, WorkflowState to) {
		return from.ordinal() < WorkflowState.IN_PROGRESS.ordinal()
				&& to.ordinal() >= WorkflowState.IN_PROGRESS.ordinal();
	}

	/** Records a release: every item, all DONE, becomes RELEASED at the same moment. */
	@Transactional
	public ReleaseView release(String name, List<WorkItemId> itemIds, String actorEmail) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "is required");
		}
		if (name.strip().length() > MAX_RELEASE_NAME) {
			throw new InvalidInputException("name", "must be at most {0} characters", MAX_RELEASE_NAME);
		}
		if (itemIds == null || itemIds.isEmpty()) {
			throw new InvalidInputException("itemIds", "name at least one done item");
		}
		var ids = new ArrayList<>(new LinkedHashSet<>(itemIds));
		var loaded = new ArrayList<WorkItem>();
		for (var id : ids) {
			loaded.add(items.findById(id.value())
				.orElseThrow(() -> new InvalidInputException("itemIds", "no work item has this id: {0}", id)));
		}
		var actor = actors.of(actorEmail);
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var releaseId = UUID.randomUUID();
		for (var item : loaded) {
			item.release(now, actor.person(), actor.email());
		}
		items.saveAll(loaded);
		reads.insertRelease(releaseId, name.strip(), now, actor.email(), ids.stream().map(WorkItemId::value).toList());
		for (var item : loaded) {
			audit.record(WorkItems.subject(item.id()), Subject.of("release", releaseId), "work-item.released",
					"Released “" + item.title() + "” in " + name.strip(), WorkflowState.DONE.name(),
					WorkflowState.RELEASED.name());
		}
		return new ReleaseView(releaseId, name.strip(), now, List.copyOf(ids));
	}

}
