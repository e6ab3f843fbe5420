package dev.tandem.okr;

import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/** A check-in's confidence: a level and a score from 0 (no chance) to 10 (certain). */
public record Confidence(ConfidenceLevel level, int score) {

	public static final int MAX = 10;

	public Confidence {
		var errors = new ArrayList<FieldError>();
		if (level == null) {
			errors.add(new FieldError("confidence", "is required"));
		}
		if (score < 0 || score > MAX) {
			errors.add(new FieldError("confidenceScore", "must be between 0 and " + MAX));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
