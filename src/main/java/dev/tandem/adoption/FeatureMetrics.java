package dev.tandem.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's usage figures over a date range (UTC days, both included) from one source
 * or from all (source null). Shares are between 0 and 1. Definitions, with worked
 * examples: docs/adoption-metrics.md.
 *
 * @param activeUsers people active in the range (any event)
 * @param featureUsers people who sent any of the feature's events in the range
 * @param adoption feature users among the active users of the range
 * @param stickiness mean daily feature DAU ÷ feature MAU (trailing 30 days)
 * @param retention N-day retention of the people who first used the feature in the range
 * @param timeToFirstUse days from release to first use, for people active at release
 * (null when the feature tracks no released work item)
 * @param frequency events and active days per feature user
 */
public record FeatureMetrics(FeatureId featureId, LocalDate from, LocalDate to, EventSourceId source,
		ActiveUsers activeUsers, long featureUsers, Adoption adoption, Stickiness stickiness, Retention retention,
		TimeToFirstUse timeToFirstUse, Frequency frequency) {

	/** The range's days joined by {@code ;}, for charts. */
	public String chartDays() {
		return String.join(";", activeUsers.daily().stream().map(d -> d.day().toString()).toList());
	}

	/** Daily active users joined by {@code ;}, for charts. */
	public String chartActiveUsers() {
		return String.join(";", activeUsers.daily().stream().map(d -> String.valueOf(d.count())).toList());
	}

	/** Daily stickiness in percent joined by {@code ;} (empty when undefined). */
	public String chartStickiness() {
		return String.join(";", stickiness.daily().stream().map(d -> percentText(d.share())).toList());
	}

	/** Days after first use (1, 2, …) joined by {@code ;}, for the retention chart. */
	public String chartRetentionDays() {
		return String.join(";", retention.curve().stream().map(p -> String.valueOf(p.day())).toList());
	}

	/** Exact-day retention in percent joined by {@code ;} (empty when no cohort). */
	public String chartRetention() {
		return String.join(";", retention.curve().stream().map(p -> percentText(p.share())).toList());
	}

	/** A share as a percentage with one decimal, null stays null. */
	public static Double percent(Double share) {
		return share == null ? null : Math.round(share * 1000) / 10.0;
	}

	private static String percentText(Double share) {
		return share == null ? "" : String.valueOf(percent(share));
	}

	/** A count on one day. */
	public record DailyCount(LocalDate day, long count) {
	}

	/**
	 * Distinct active people: over the range, over the 7 and the 30 days ending on its
	 * last day (WAU, MAU), and per day (DAU).
	 */
	public record ActiveUsers(long inRange, long wau, long mau, List<DailyCount> daily) {
	}

	/** Feature users who were active in the range, among the active users. */
	public record Adoption(long adopters, long activeUsers, double rate) {

		static Adoption of(long adopters, long activeUsers) {
			return new Adoption(adopters, activeUsers, activeUsers == 0 ? 0 : (double) adopters / activeUsers);
		}

		/** The rate as a percentage with one decimal. */
		public double percent() {
			return Math.round(rate * 1000) / 10.0;
		}

	}

	/**
	 * The mean of the daily shares; days whose trailing 30 days saw nobody use the
	 * feature have no share (null) and are left out of the mean.
	 */
	public record Stickiness(Double mean, List<DailyShare> daily) {

		public Double meanPercent() {
			return percent(mean);
		}

	}

	/** A share on one day, null when undefined. */
	public record DailyShare(LocalDate day, Double share) {
	}

	/**
	 * Of the people who first used the feature on a day {@code d} of the range with
	 * {@code d + days} still in the range (the cohort), how many used it again exactly on
	 * day {@code d + days}, and on that day or later within the range. {@code curve}
	 * gives the exact-day share for 1 to 30 days.
	 */
	public record Retention(int days, long cohort, long returnedOnDay, long returnedOnOrAfter, Double onDay,
			Double onOrAfter, List<RetentionPoint> curve) {

		public Double onDayPercent() {
			return percent(onDay);
		}

		public Double onOrAfterPercent() {
			return percent(onOrAfter);
		}

	}

	/** Exact-day retention after {@code day} days. */
	public record RetentionPoint(int day, long cohort, long returned, Double share) {
	}

	/**
	 * For the people active in the 30 days before the release day (the cohort), the whole
	 * days from the release day to their first use on or after it (0 = release day), up
	 * to the range's last day: how many used it, and the median and 75th percentile
	 * (nearest rank) among them.
	 */
	public record TimeToFirstUse(LocalDate release, long activeAtRelease, long users, Integer medianDays,
			Integer p75Days) {
	}

	/**
	 * Events of the feature and user-days with at least one, per feature user of the
	 * range.
	 */
	public record Frequency(long users, long events, long activeDays, Double eventsPerUser, Double activeDaysPerUser) {
	}

	/** A point of the adoption curve: the rate over release day to release day + day. */
	public record CurvePoint(int day, LocalDate date, long adopters, long activeUsers, double rate) {
	}

}
