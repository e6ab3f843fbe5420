package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A key result's check-in of {@code month} drafted from data, for a person to confirm or
 * change: the value (the measured value of a key result bound to adoption or delivery;
 * null for a manual one, whose value only a person knows), a suggested confidence, what
 * it was suggested from and a one-line rationale in the reader's language.
 * {@code forecastPercent} is the likelihood that the linked work is done by the quarter's
 * end (delivery-bound key results with a forecast), {@code progressPercent} and
 * {@code expectedPercent} the progress and the progress expected at this point of the
 * quarter.
 */
public record CheckInDraft(KeyResultId keyResultId, YearMonth month, BigDecimal value, Confidence confidence,
		Basis basis, Integer forecastPercent, int progressPercent, int expectedPercent, String rationale) {

	/** What the suggested confidence comes from. */
	public enum Basis {

		/** The forecast probability that the remaining linked work finishes in time. */
		FORECAST,

		/** Progress against the share of the quarter elapsed. */
		PROGRESS

	}

	/** Whether the draft carries a value (measured key results). */
	public boolean hasValue() {
		return value != null;
	}

}
