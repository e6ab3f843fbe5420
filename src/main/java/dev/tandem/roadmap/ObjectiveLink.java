package dev.tandem.roadmap;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.shared.Quarter;

/**
 * An objective a roadmap item serves, with its title and quarter; both are null when the
 * objective no longer exists.
 */
public record ObjectiveLink(ObjectiveId id, String title, Quarter quarter) {

	public boolean known() {
		return title != null;
	}

}
