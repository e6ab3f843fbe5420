package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** One month's check-in of a key result. */
public record CheckInView(YearMonth month, BigDecimal value, ConfidenceLevel confidence, int confidenceScore,
		String comment, Instant recordedAt) {

	static CheckInView of(CheckIn c) {
		return new CheckInView(YearMonth.parse(c.checkInMonth()), c.checkValue(), c.confidence(), c.confidenceScore(),
				c.commentText(), c.recordedAt());
	}

}
