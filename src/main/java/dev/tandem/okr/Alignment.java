package dev.tandem.okr;

import java.util.HashSet;
import java.util.Optional;
import java.util.function.Function;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

/**
 * The alignment tree's rules for a parent link: the parent exists, lies in the same
 * quarter as the child, and is not the child itself or one of its descendants.
 */
final class Alignment {

	private Alignment() {
	}

	/**
	 * Checks that {@code child} (null while it is being created) may hang under
	 * {@code parent} in {@code quarter}; {@code lookup} finds any objective's summary.
	 */
	static void check(ObjectiveId child, Quarter quarter, ObjectiveId parent,
			Function<ObjectiveId, Optional<ObjectiveSummary>> lookup) {
		if (parent == null) {
			return;
		}
		var parentSummary = lookup.apply(parent)
			.orElseThrow(() -> new InvalidInputException("parentId", "no objective has this id"));
		if (!parentSummary.quarter().equals(quarter)) {
			throw new InvalidInputException("parentId", "must be an objective of the same quarter ("
					+ parentSummary.quarter() + " is not " + quarter + ")");
		}
		var seen = new HashSet<ObjectiveId>();
		var ancestor = Optional.of(parentSummary);
		while (ancestor.isPresent()) {
			var id = ancestor.get().id();
			if (id.equals(child)) {
				throw new InvalidInputException("parentId", "would make a cycle in the alignment tree");
			}
			if (!seen.add(id) || ancestor.get().parentId() == null) {
				return;
			}
			ancestor = lookup.apply(ancestor.get().parentId());
		}
	}

}
