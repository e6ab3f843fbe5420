package dev.tandem.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.UUID;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * One thing a team commits to for a quarter: a title, what it serves (an objective and/or
 * a roadmap item) and its effort estimate in the team's unit.
 */
public record CommitmentDetails(String title, ObjectiveId objectiveId, UUID roadmapItemId, BigDecimal estimate) {

	public static final int MAX_TITLE = 300;

	public static final BigDecimal MAX_ESTIMATE = new BigDecimal("100000");

	public CommitmentDetails {
		var errors = new ArrayList<FieldError>();
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
		}
		if (estimate == null) {
			errors.add(new FieldError("estimate", "is required"));
		}
		else if (estimate.signum() < 0 || estimate.compareTo(MAX_ESTIMATE) > 0) {
			errors.add(new FieldError("estimate", "must be between 0 and " + MAX_ESTIMATE));
		}
		else if (estimate.scale() > 2) {
			errors.add(new FieldError("estimate", "must have at most two decimals"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
	}

}
