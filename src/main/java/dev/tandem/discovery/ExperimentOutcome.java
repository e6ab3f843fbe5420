package dev.tandem.discovery;

import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * Where an experiment stands and what it taught. A concluded experiment must say whether
 * it validated the idea; one still planned or running may not claim a result yet.
 */
public record ExperimentOutcome(ExperimentStatus status, ExperimentResult result, String learnings) {

	public static final int MAX_LEARNINGS = 4000;

	public static final ExperimentOutcome PLANNED = new ExperimentOutcome(ExperimentStatus.PLANNED, null, null);

	public ExperimentOutcome {
		var errors = new ArrayList<FieldError>();
		Fields.requiredChoice(errors, "status", status);
		if (status == ExperimentStatus.CONCLUDED && result == null) {
			errors.add(new FieldError("result", "is required when the experiment is concluded"));
		}
		if (status != null && status != ExperimentStatus.CONCLUDED && result != null) {
			errors.add(new FieldError("result", "is only given once the experiment is concluded"));
		}
		Fields.optional(errors, "learnings", learnings, MAX_LEARNINGS);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		learnings = Fields.blankToNull(learnings);
	}

	public boolean validated() {
		return result == ExperimentResult.VALIDATED;
	}

}
