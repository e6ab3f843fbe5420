package dev.tandem.delivery;

import java.math.BigDecimal;

import dev.tandem.shared.InvalidInputException;

/**
 * What a DEBT item costs, in hours: {@code principalHours} to pay it back,
 * {@code interestHours} lost each week while it stays. Either may be unknown (null).
 */
public record DebtCost(BigDecimal principalHours, BigDecimal interestHours) {

	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

	public DebtCost {
		check("principalHours", principalHours);
		check("interestHours", interestHours);
	}

	public static final DebtCost NONE = new DebtCost(null, null);

	public boolean isNone() {
		return principalHours == null && interestHours == null;
	}

	private static void check(String field, BigDecimal hours) {
		if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0)) {
			throw new InvalidInputException(field, "must be between 0 and 10000 hours");
		}
	}

}
