package dev.tandem.roadmap;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.GroupId;
import dev.tandem.org.TeamId;

/**
 * Narrows the board to the items of a team, of the teams of a group, or serving an
 * objective; each part is optional and they combine.
 */
public record BoardFilter(TeamId team, GroupId group, ObjectiveId objective) {

	public static BoardFilter none() {
		return new BoardFilter(null, null, null);
	}

	public boolean active() {
		return team != null || group != null || objective != null;
	}

}
