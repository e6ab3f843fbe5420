package dev.tandem.adoption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tandem.delivery.WorkItemId;
import dev.tandem.org.TeamId;

/**
 * A feature as pages and the API show it, with where it stands against its target.
 *
 * @param workItem the tracked work item, null when none (or when it was deleted)
 * @param progress adoption so far against the target
 */
public record FeatureView(FeatureId id, String name, List<String> eventNames, EventSourceId source,
		TrackedWorkItem workItem, BigDecimal targetPercent, int windowDays, Progress progress, long version) {

	/** The work item a feature tracks, with the day (UTC) it was first released. */
	public record TrackedWorkItem(WorkItemId id, String title, TeamId teamId, String state, LocalDate released) {
	}

	/**
	 * Adoption over the window so far: from the release day to the window's last day or
	 * today, whichever comes first ({@code elapsedDays} days).
	 *
	 * @param expectedPercent the target pro rata of the days gone by
	 * @param curve cumulative adoption rate per day since release, up to today (at most a
	 * year)
	 */
	public record Progress(AdoptionStatus status, LocalDate released, LocalDate windowEnd, int elapsedDays,
			Double adoptionPercent, Double expectedPercent, List<FeatureMetrics.CurvePoint> curve) {

		static Progress notReleased() {
			return new Progress(AdoptionStatus.NOT_RELEASED, null, null, 0, null, null, List.of());
		}

		/** The curve's rates as percentages joined by {@code ;}, for sparklines. */
		public String sparkline() {
			return String.join(";",
					curve.stream().map(p -> String.valueOf(Math.round(p.rate() * 1000) / 10.0)).toList());
		}

		/** The curve's dates joined by {@code ;}, for charts. */
		public String curveDays() {
			return String.join(";", curve.stream().map(p -> p.date().toString()).toList());
		}

	}

	/** The target as a plain number for pages and charts. */
	public String target() {
		return targetPercent.stripTrailingZeros().toPlainString();
	}

}
