package dev.tandem.delivery;

import java.time.Duration;

/**
 * A DORA performance band, with the thresholds of docs/decisions/0015-dora-and-debt.md.
 * Labels: {@code delivery.dora.band.<NAME>}.
 */
public enum DoraBand {

	ELITE, HIGH, MEDIUM, LOW;

	public String messageKey() {
		return "delivery.dora.band." + name();
	}

	/**
	 * Elite: at least one a day; high: at least one a week; medium: at least one a month.
	 */
	public static DoraBand ofFrequency(double deploymentsPerDay) {
		if (deploymentsPerDay >= 1.0) {
			return ELITE;
		}
		if (deploymentsPerDay >= 1.0 / 7) {
			return HIGH;
		}
		if (deploymentsPerDay >= 1.0 / 30) {
			return MEDIUM;
		}
		return LOW;
	}

	/** Elite: under a day; high: under a week; medium: under a month (30 days). */
	public static DoraBand ofLeadTime(Duration leadTime) {
		return underDayWeekMonth(leadTime, Duration.ofDays(1));
	}

	/** Elite: at most 15 %; high: at most 30 %; medium: at most 45 %; low above. */
	public static DoraBand ofChangeFailureRate(double rate) {
		if (rate <= 0.15) {
			return ELITE;
		}
		if (rate <= 0.30) {
			return HIGH;
		}
		if (rate <= 0.45) {
			return MEDIUM;
		}
		return LOW;
	}

	/** Elite: under an hour; high: under a day; medium: under a week. */
	public static DoraBand ofTimeToRestore(Duration timeToRestore) {
		if (timeToRestore.compareTo(Duration.ofHours(1)) < 0) {
			return ELITE;
		}
		if (timeToRestore.compareTo(Duration.ofDays(1)) < 0) {
			return HIGH;
		}
		if (timeToRestore.compareTo(Duration.ofDays(7)) < 0) {
			return MEDIUM;
		}
		return LOW;
	}

	private static DoraBand underDayWeekMonth(Duration value, Duration day) {
		if (value.compareTo(day) < 0) {
			return ELITE;
		}
		if (value.compareTo(Duration.ofDays(7)) < 0) {
			return HIGH;
		}
		if (value.compareTo(Duration.ofDays(30)) < 0) {
			return MEDIUM;
		}
		return LOW;
	}

}
