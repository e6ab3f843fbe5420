package dev.tandem.delivery;

import java.util.Locale;

import dev.tandem.shared.InvalidInputException;

/**
 * The steps of the workflow, in order. Items may move to any state, backwards included;
 * the board offers the next and previous ones. Labels: {@code delivery.state.<NAME>}.
 */
public enum WorkflowState {

	BACKLOG, READY, IN_PROGRESS, IN_REVIEW, DONE, RELEASED;

	/** The following state, or null after RELEASED. */
	public WorkflowState next() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
	}

	/** The preceding state, or null before BACKLOG. */
	public WorkflowState previous() {
		return ordinal() > 0 ? values()[ordinal() - 1] : null;
	}

	/** Work in progress counts toward a team's WIP: started and not yet done. */
	public boolean inProgress() {
		return this == IN_PROGRESS || this == IN_REVIEW;
	}

	public String messageKey() {
		return "delivery.state." + name();
	}

	/** Parses what a request sent; an unknown state is invalid input on {@code field}. */
	public static WorkflowState parse(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a workflow state");
		}
	}

}
