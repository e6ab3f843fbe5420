package dev.tandem.okr;

import java.math.BigDecimal;
import java.util.Objects;

import dev.tandem.shared.InvalidInputException;

/**
 * What describes a key result: its statement, how it is measured, optionally its current
 * value (the baseline for a new one when absent) and where its value comes from.
 */
public record KeyResultDetails(String statement, Measure measure, BigDecimal currentValue, KeyResultSource source) {

	public KeyResultDetails {
		if (statement == null || statement.isBlank()) {
			throw new InvalidInputException("statement", "is required");
		}
		if (statement.strip().length() > KeyResult.MAX_STATEMENT) {
			throw new InvalidInputException("statement", "must be at most " + KeyResult.MAX_STATEMENT + " characters");
		}
		Objects.requireNonNull(measure, "measure");
		statement = statement.strip();
		source = source == null ? new KeyResultSource.Manual() : source;
	}

}
