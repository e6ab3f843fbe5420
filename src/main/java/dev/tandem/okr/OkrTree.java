package dev.tandem.okr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * The alignment tree of a quarter: company objectives, the group objectives under them,
 * the team objectives under those, each with its key results.
 */
@Service
public class OkrTree {

	private final OkrStore store;

	private final OkrViews views;

	OkrTree(OkrStore store, OkrViews views) {
		this.store = store;
		this.views = views;
	}

	/**
	 * The quarter's tree. With {@code team} or {@code owner}, only objectives that match
	 * stay, together with their ancestors so that each keeps its place in the tree.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveNode> of(Quarter quarter, TeamId team, PersonId owner) {
		var objectives = store.objectives.findByQuarterLabel(quarter.label());
		if (objectives.isEmpty()) {
			return List.of();
		}
		var names = views.allNames();
		var keyResults = new HashMap<UUID, List<KeyResult>>();
		store.keyResults.findByObjectiveIdIn(objectives.stream().map(o -> o.id().value()).toList())
			.forEach(k -> keyResults.computeIfAbsent(k.objectiveId().value(), x -> new ArrayList<>()).add(k));
		var viewsById = new HashMap<UUID, ObjectiveView>();
		objectives.forEach(o -> viewsById.put(o.id().value(),
				views.objective(o, keyResults.getOrDefault(o.id().value(), List.of()), names)));
		var children = new HashMap<UUID, List<ObjectiveView>>();
		var roots = new ArrayList<ObjectiveView>();
		for (var v : viewsById.values()) {
			if (v.parentId() == null || !viewsById.containsKey(v.parentId().value())) {
				roots.add(v);
			}
			else {
				children.computeIfAbsent(v.parentId().value(), x -> new ArrayList<>()).add(v);
			}
		}
		var tree = new ArrayList<ObjectiveNode>();
		for (var root : sorted(roots)) {
			var node = node(root, children, team, owner);
			if (node != null) {
				tree.add(node);
			}
		}
		return tree;
	}

	private ObjectiveNode node(ObjectiveView view, Map<UUID, List<ObjectiveView>> children, TeamId team,
			PersonId owner) {
		var kids = new ArrayList<ObjectiveNode>();
		for (var child : sorted(children.getOrDefault(view.id().value(), List.of()))) {
			var node = node(child, children, team, owner);
			if (node != null) {
				kids.add(node);
			}
		}
		var matches = (team == null || team.equals(view.teamId())) && (owner == null || owner.equals(view.ownerId()));
		return matches || !kids.isEmpty() ? new ObjectiveNode(view, kids) : null;
	}

	private static List<ObjectiveView> sorted(List<ObjectiveView> views) {
		return views.stream()
			.sorted(java.util.Comparator.comparing(ObjectiveView::level)
				.thenComparing(v -> v.title().toLowerCase(java.util.Locale.ROOT))
				.thenComparing(v -> v.id().value()))
			.toList();
	}

}
