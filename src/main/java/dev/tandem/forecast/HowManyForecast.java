package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.List;

import dev.tandem.org.TeamRef;

/**
 * The answer to "how many items will the team finish by {@code by}?": the count reached
 * with 50, 85 and 95 % likelihood (85 % means 85 % of the trials finished at least that
 * many: the 15th percentile of the simulated totals).
 */
public record HowManyForecast(TeamRef team, LocalDate from, LocalDate by, int days, Forecast.Status status,
		List<Count> counts, int trials, int windowWeeks) {

	/** With {@code percent} % likelihood at least {@code items} are finished. */
	public record Count(int percent, int items) {
	}

}
