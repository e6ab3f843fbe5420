package dev.tandem.okr;

import java.time.LocalDate;
import java.util.Optional;

import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * How likely a team's quarterly commitments are to finish by the quarter's end, from the
 * forecast module downstream, which implements this interface; okr works without it (the
 * commitments page then shows no likelihood).
 */
public interface CommitmentForecasts {

	/** The outlook of the team's commitments for the quarter; empty when none applies. */
	Optional<Outlook> outlook(TeamId team, Quarter quarter);

	/**
	 * {@code percent} likely by {@code quarterEnd}, or null with the reason:
	 * {@code notEnoughHistory} (the team finished nothing lately) or no commitment points
	 * at work items. {@code commitmentsWithoutWork} of {@code commitments} were not
	 * counted.
	 */
	record Outlook(Integer percent, LocalDate quarterEnd, boolean notEnoughHistory, int commitments,
			int commitmentsWithoutWork) {

		/** likely (85 % and more), at-risk (50–85 %), unlikely, or unknown. */
		public String band() {
			if (percent == null) {
				return "unknown";
			}
			return percent >= 85 ? "likely" : percent >= 50 ? "at-risk" : "unlikely";
		}

	}

}
