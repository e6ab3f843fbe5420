package dev.tandem.delivery;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which teams a feature needs: its own team, its children's teams, and the teams of the
 * items that block or are blocked by the feature or one of its children.
 */
final class FeatureSpans {

	/** The shape of an item that matters here. */
	record Node(UUID id, WorkItemKind kind, UUID team, UUID parent) {
	}

	private FeatureSpans() {
	}

	/** For each feature among {@code nodes}, the teams it needs, its own team first. */
	static Map<UUID, Set<UUID>> teamsByFeature(Collection<Node> nodes, Collection<DependencyGraph.Edge> edges) {
		var byId = new HashMap<UUID, Node>();
		nodes.forEach(n -> byId.put(n.id(), n));
		var neighbours = new HashMap<UUID, Set<UUID>>();
		for (var e : edges) {
			neighbours.computeIfAbsent(e.blocker(), k -> new HashSet<>()).add(e.blocked());
			neighbours.computeIfAbsent(e.blocked(), k -> new HashSet<>()).add(e.blocker());
		}
		var members = new HashMap<UUID, Set<UUID>>();
		for (var n : nodes) {
			if (n.kind() == WorkItemKind.FEATURE) {
				members.computeIfAbsent(n.id(), k -> new LinkedHashSet<>()).add(n.id());
			}
			if (n.parent() != null && byId.containsKey(n.parent())) {
				members.computeIfAbsent(n.parent(), k -> new LinkedHashSet<>()).add(n.id());
			}
		}
		var result = new HashMap<UUID, Set<UUID>>();
		members.forEach((feature, items) -> {
			var teams = new LinkedHashSet<UUID>();
			teams.add(byId.get(feature).team());
			for (var item : items) {
				teams.add(byId.get(item).team());
				for (var other : neighbours.getOrDefault(item, Set.of())) {
					if (byId.containsKey(other)) {
						teams.add(byId.get(other).team());
					}
				}
			}
			result.put(feature, teams);
		});
		return result;
	}

}
