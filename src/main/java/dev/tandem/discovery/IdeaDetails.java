package dev.tandem.discovery;

import java.util.ArrayList;
import java.util.UUID;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * A candidate solution to an opportunity; {@code roadmapItemId} optionally names the
 * roadmap item it became (kept as an id: the roadmap is downstream of discovery).
 */
public record IdeaDetails(OpportunityId opportunityId, String title, String description, UUID roadmapItemId) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public IdeaDetails {
		var errors = new ArrayList<FieldError>();
		Fields.requiredChoice(errors, "opportunityId", opportunityId);
		Fields.required(errors, "title", title, MAX_TITLE);
		Fields.optional(errors, "description", description, MAX_TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
		description = Fields.blankToNull(description);
	}

}
