package dev.tandem.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "Blocks" edges between work items. Adding an edge that would close a loop is refused by
 * the caller with the path this graph finds, since a loop means nothing can ever start.
 */
final class DependencyGraph {

	/** One "blocker blocks blocked" edge. */
	record Edge(UUID blocker, UUID blocked) {
	}

	private final Map<UUID, List<UUID>> blocks = new HashMap<>();

	DependencyGraph(Collection<Edge> edges) {
		edges.forEach(e -> blocks.computeIfAbsent(e.blocker(), k -> new ArrayList<>()).add(e.blocked()));
	}

	/**
	 * The loop that "blocker blocks blocked" would close, from {@code blocker} back to
	 * itself (blocker, blocked, …, blocker); empty when the edge is safe.
	 */
	Optional<List<UUID>> cycleIfAdded(UUID blocker, UUID blocked) {
		if (blocker.equals(blocked)) {
			return Optional.of(List.of(blocker, blocker));
		}
		// breadth-first from blocked: a path back to blocker closes the loop
		var cameFrom = new HashMap<UUID, UUID>();
		var seen = new HashSet<UUID>(Set.of(blocked));
		var queue = new ArrayDeque<UUID>(List.of(blocked));
		while (!queue.isEmpty()) {
			var current = queue.poll();
			for (var next : blocks.getOrDefault(current, List.of())) {
				if (!seen.add(next)) {
					continue;
				}
				cameFrom.put(next, current);
				if (next.equals(blocker)) {
					var path = new ArrayList<UUID>();
					for (var at = blocker; at != null; at = cameFrom.get(at)) {
						path.add(0, at);
					}
					path.add(0, blocker);
					return Optional.of(List.copyOf(path));
				}
				queue.add(next);
			}
		}
		return Optional.empty();
	}

}
