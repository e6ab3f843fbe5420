package dev.tandem.discovery;

import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/** A user problem worth solving: a title and, optionally, a description. */
public record OpportunityDetails(String title, String description) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public OpportunityDetails {
		var errors = new ArrayList<FieldError>();
		Fields.required(errors, "title", title, MAX_TITLE);
		Fields.optional(errors, "description", description, MAX_TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
		description = Fields.blankToNull(description);
	}

}
