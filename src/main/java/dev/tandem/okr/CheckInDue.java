package dev.tandem.okr;

import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;

/**
 * A key result of an active objective of the current quarter that has no check-in this
 * month; the owner is the objective's owner, the team is set for team objectives.
 */
public record CheckInDue(KeyResultId keyResultId, String statement, ObjectiveId objectiveId, String objectiveTitle,
		PersonId ownerId, String ownerName, TeamId teamId, String teamName) {
}
