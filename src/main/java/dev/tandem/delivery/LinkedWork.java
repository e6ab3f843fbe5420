package dev.tandem.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.delivery.DeliveryReadModel.Shape;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.org.TeamId;

/**
 * The work items a delivery-bound key result counts ({@link KeyResultSource.Delivery})
 * and the share of them done.
 * <p>
 * Linked work: for a roadmap item, the work items linked to it; for a FEATURE work item,
 * the feature itself. Each FEATURE with children counts through its children,
 * recursively, so only leaves count (a feature without children is a leaf); an item
 * reached twice counts once. Done means DONE or RELEASED. The share is done ÷ linked in
 * percent, one decimal; with nothing linked there is no share.
 */
@Service
public class LinkedWork {

	/** A counted work item: its team and state. */
	public record Leaf(WorkItemId id, TeamId team, WorkflowState state) {

		public boolean done() {
			return isDone(state);
		}

	}

	private final DeliveryReadModel reads;

	LinkedWork(DeliveryReadModel reads) {
		this.reads = reads;
	}

	/** The leaves the source counts, by id; empty when nothing is linked or unknown. */
	@Transactional(readOnly = true)
	public List<Leaf> leaves(KeyResultSource.Delivery source) {
		return leaves(source, reads.shapes());
	}

	/** The share (0–100, one decimal) of the source's leaves done; null without any. */
	@Transactional(readOnly = true)
	public BigDecimal percentDone(KeyResultSource.Delivery source) {
		return percentDone(leaves(source));
	}

	/**
	 * The share done of each source, from one read of the work items.
	 * @return source → percent done; sources with nothing linked are absent
	 */
	@Transactional(readOnly = true)
	public Map<KeyResultSource.Delivery, BigDecimal> percentDone(Collection<KeyResultSource.Delivery> sources) {
		var shapes = reads.shapes();
		var shares = new HashMap<KeyResultSource.Delivery, BigDecimal>();
		for (var source : sources) {
			var percent = percentDone(leaves(source, shapes));
			if (percent != null) {
				shares.put(source, percent);
			}
		}
		return shares;
	}

	static BigDecimal percentDone(List<Leaf> leaves) {
		if (leaves.isEmpty()) {
			return null;
		}
		long done = leaves.stream().filter(Leaf::done).count();
		return BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(leaves.size()), 1, RoundingMode.HALF_UP);
	}

	static boolean isDone(WorkflowState state) {
		return state == WorkflowState.DONE || state == WorkflowState.RELEASED;
	}

	static List<Leaf> leaves(KeyResultSource.Delivery source, Map<UUID, Shape> shapes) {
		var roots = switch (source.link()) {
			case ROADMAP_ITEM -> shapes.values()
				.stream()
				.filter(s -> source.target().equals(s.roadmapItem()))
				.sorted(Comparator.comparing(Shape::id))
				.toList();
			case FEATURE -> {
				var feature = shapes.get(source.target());
				yield feature == null || feature.kind() != WorkItemKind.FEATURE ? List.<Shape>of() : List.of(feature);
			}
		};
		var children = new HashMap<UUID, List<Shape>>();
		shapes.values()
			.stream()
			.filter(s -> s.parent() != null)
			.forEach(s -> children.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s));
		var leaves = new ArrayList<Leaf>();
		var seen = new HashSet<UUID>();
		roots.forEach(root -> collect(root, children, seen, leaves));
		return List.copyOf(leaves);
	}

	private static void collect(Shape item, Map<UUID, List<Shape>> children, Set<UUID> seen, List<Leaf> leaves) {
		if (!seen.add(item.id())) {
			return;
		}
		var below = item.kind() == WorkItemKind.FEATURE ? children.getOrDefault(item.id(), List.of())
				: List.<Shape>of();
		if (below.isEmpty()) {
			leaves.add(new Leaf(new WorkItemId(item.id()), new TeamId(item.team()), item.state()));
			return;
		}
		below.forEach(child -> collect(child, children, seen, leaves));
	}

}
