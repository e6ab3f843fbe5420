package dev.tandem.delivery;

import java.time.Instant;

import dev.tandem.org.PersonId;

/**
 * One move through the workflow: from (null when the item was created), to, when and by
 * whom ({@code byPerson} is null when the account has no person in the org).
 */
public record Transition(WorkflowState from, WorkflowState to, Instant at, PersonId byPerson, String byEmail) {

	/** Whether the move goes back in the workflow (e.g. IN_REVIEW → IN_PROGRESS). */
	public boolean backwards() {
		return from != null && to.ordinal() < from.ordinal();
	}

}
