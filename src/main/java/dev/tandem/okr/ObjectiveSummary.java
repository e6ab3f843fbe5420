package dev.tandem.okr;

import java.util.Objects;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * What other modules need to know about an objective: enough to name it, place it in its
 * quarter and its owning team or group. {@code teamId} is set for TEAM objectives only,
 * {@code groupId} for GROUP objectives only; {@code parentId} is null for a root.
 */
public record ObjectiveSummary(ObjectiveId id, String title, Quarter quarter, ObjectiveLevel level, PersonId ownerId,
		TeamId teamId, GroupId groupId, ObjectiveId parentId, ObjectiveState state) {

	public ObjectiveSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(quarter, "quarter");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(state, "state");
	}

}
