package dev.tandem.delivery;

import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * "Blocks / is blocked by" between work items, across teams too. A dependency that would
 * close a loop is refused with the loop spelled out.
 */
@Service
public class Dependencies {

	private final DeliveryReadModel reads;

	private final DeliveryQueries queries;

	private final AuditTrail audit;

	Dependencies(DeliveryReadModel reads, DeliveryQueries queries, AuditTrail audit) {
		this.reads = reads;
		this.queries = queries;
		this.audit = audit;
	}

	/** Records that {@code blocker} blocks {@code blocked}; returns the blocked item. */
	@Transactional
	public WorkItemView add(WorkItemId blocker, WorkItemId blocked, String field) {
		reads.lockDependencies();
		var shapes = reads.shapes();
		if (!shapes.containsKey(blocked.value())) {
			throw new NotFoundException("work item", blocked);
		}
		if (!shapes.containsKey(blocker.value())) {
			throw new NotFoundException("work item", blocker);
		}
		var cycle = new DependencyGraph(reads.edges()).cycleIfAdded(blocker.value(), blocked.value());
		if (cycle.isPresent()) {
			var path = cycle.get()
				.stream()
				.map(id -> "“" + shapes.get(id).title() + "” (" + id + ")")
				.collect(Collectors.joining(" → "));
			throw new InvalidInputException(field, "would make a loop: {0}", path);
		}
		if (reads.addEdge(blocker.value(), blocked.value())) {
			var summary = "“" + shapes.get(blocker.value()).title() + "” blocks “" + shapes.get(blocked.value()).title()
					+ "”";
			audit.record(WorkItems.subject(blocked), WorkItems.subject(blocker), "work-item.blocked", summary, null,
					summary);
		}
		return queries.item(blocked);
	}

	/** Removes "blocker blocks blocked"; 404 when there was no such dependency. */
	@Transactional
	public WorkItemView remove(WorkItemId blocker, WorkItemId blocked) {
		reads.lockDependencies();
		if (!reads.removeEdge(blocker.value(), blocked.value())) {
			throw new NotFoundException("dependency", blocker + " blocks " + blocked);
		}
		audit.record(WorkItems.subject(blocked), WorkItems.subject(blocker), "work-item.unblocked",
				"Removed a dependency", blocker + " blocks " + blocked, null);
		return queries.item(blocked);
	}

}
