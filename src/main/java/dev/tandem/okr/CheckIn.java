package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One month's check-in of a key result, owned by the key result. */
@Table("okr_check_in")
record CheckIn(String checkInMonth, BigDecimal checkValue, ConfidenceLevel confidence, int confidenceScore,
		String commentText, Instant recordedAt) {
}
