package dev.tandem.forecast;

import java.time.LocalDate;

import dev.tandem.org.TeamRef;
import dev.tandem.shared.Quarter;

/**
 * How likely a team's quarterly commitments are to finish by the quarter's last day. The
 * work counted is the team's own open work items on the roadmap items its commitments
 * point at; a commitment without such work items ({@code commitmentsWithoutWork}) cannot
 * be forecast and is left out. {@code percent} is null unless the status is
 * {@link Forecast.Status#FORECAST} or {@link Forecast.Status#NOTHING_LEFT} (100).
 */
public record CommitmentRisk(TeamRef team, Quarter quarter, LocalDate quarterEnd, boolean agreed,
		Forecast.Status status, Integer percent, int commitments, int commitmentsWithoutWork, Forecast forecast) {

	/** Likely under 50 %, or 50–85 %, or 85 % and more. */
	public String band() {
		if (percent == null) {
			return "unknown";
		}
		return percent >= 85 ? "likely" : percent >= 50 ? "at-risk" : "unlikely";
	}

}
