package dev.tandem.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;

/**
 * How a check-in draft's confidence is suggested (ADR 0021).
 * <ul>
 * <li>From a forecast: the probability {@code p} that the remaining linked work is done
 * by the quarter's last day. ON_TRACK from 85 %, AT_RISK from 50 %, OFF_TRACK below — the
 * bands pages already use for commitments.</li>
 * <li>From progress: the points {@code gap} by which progress trails the progress
 * expected at this point of the quarter (the share of the quarter's days elapsed, today
 * included). ON_TRACK when ahead or at most 10 points behind, AT_RISK up to 25 points
 * behind, OFF_TRACK beyond.</li>
 * </ul>
 * The score (0–10) is {@code p ÷ 10}, or {@code 8 × progress ÷ expected} (8 when on pace,
 * more when ahead), rounded and then kept inside its level's range: ON_TRACK 7–10,
 * AT_RISK 4–6, OFF_TRACK 0–3, so level and score never disagree.
 */
final class ConfidenceRule {

	static final int ON_TRACK_PERCENT = 85;

	static final int AT_RISK_PERCENT = 50;

	static final double ON_TRACK_GAP = 10;

	static final double AT_RISK_GAP = 25;

	private ConfidenceRule() {
	}

	static Confidence fromProbability(int percent) {
		var level = percent >= ON_TRACK_PERCENT ? ConfidenceLevel.ON_TRACK
				: percent >= AT_RISK_PERCENT ? ConfidenceLevel.AT_RISK : ConfidenceLevel.OFF_TRACK;
		return new Confidence(level, within(level, Math.round(percent / 10.0)));
	}

	/** {@code progress} and {@code expected} as shares (0–1). */
	static Confidence fromProgress(double progress, double expected) {
		double gap = (expected - progress) * 100;
		var level = gap <= ON_TRACK_GAP ? ConfidenceLevel.ON_TRACK
				: gap <= AT_RISK_GAP ? ConfidenceLevel.AT_RISK : ConfidenceLevel.OFF_TRACK;
		double pace = expected <= 0 ? 1 : progress / expected;
		return new Confidence(level, within(level, Math.round(8 * pace)));
	}

	/**
	 * The share (0–1) of the quarter from {@code start} to {@code end} elapsed on
	 * {@code today}, today counted as elapsed.
	 */
	static double elapsed(LocalDate start, LocalDate end, LocalDate today) {
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long gone = ChronoUnit.DAYS.between(start, today) + 1;
		return Math.max(0, Math.min(1, (double) gone / days));
	}

	private static int within(ConfidenceLevel level, long score) {
		int low = switch (level) {
			case ON_TRACK -> 7;
			case AT_RISK -> 4;
			case OFF_TRACK -> 0;
		};
		int high = switch (level) {
			case ON_TRACK -> 10;
			case AT_RISK -> 6;
			case OFF_TRACK -> 3;
		};
		return (int) Math.max(low, Math.min(high, score));
	}

}
