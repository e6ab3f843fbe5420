package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.List;

import dev.tandem.org.TeamRef;

/**
 * The answer to "when will these items be done?": the dates by which they finish with 50,
 * 85 and 95 % likelihood and the distribution of completion dates, counted from
 * {@code from} (today) in calendar days. Never a promise: a page says "85 % by <date>".
 * Without enough history ({@link Status#NOT_ENOUGH_HISTORY}) there is no date at all.
 */
public record Forecast(Status status, LocalDate from, int remaining, List<TeamPart> parts, List<Likelihood> likelihoods,
		List<DistributionDay> distribution, int trials, int windowWeeks) {

	/** The likelihoods every forecast reports. */
	public static final int[] PERCENTS = { 50, 85, 95 };

	/** What kind of answer a forecast is. */
	public enum Status {

		/** Dates with their likelihood. */
		FORECAST,

		/**
		 * A team with items left finished nothing in the window: no date can be given.
		 */
		NOT_ENOUGH_HISTORY,

		/** Every item is done already. */
		NOTHING_LEFT,

		/** No work items to forecast (none linked, none committed). */
		NO_WORK;

		public String messageKey() {
			return "forecast.status." + name();
		}

	}

	/**
	 * One team's share of the items, and the throughput it is forecast with (items per
	 * calendar day over the window).
	 */
	public record TeamPart(TeamRef team, int remaining, double perDay, boolean enoughHistory) {
	}

	/**
	 * With {@code percent} % likelihood the items are done by {@code date}; null when
	 * that lies beyond the simulation's horizon.
	 */
	public record Likelihood(int percent, LocalDate date) {
	}

	/** Trials that finished on {@code date}: their share and the share by then. */
	public record DistributionDay(LocalDate date, int trials, double share, double cumulative) {
	}

	public boolean hasDates() {
		return status == Status.FORECAST;
	}

	/** The date at a likelihood, or null when there is none. */
	public LocalDate dateAt(int percent) {
		return likelihoods.stream().filter(l -> l.percent() == percent).map(Likelihood::date).findFirst().orElse(null);
	}

}
