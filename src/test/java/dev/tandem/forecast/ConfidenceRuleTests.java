package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;

/** The suggested confidence of check-in drafts, on fixed dates and figures. */
class ConfidenceRuleTests {

	private static final LocalDate START = LocalDate.of(2026, 10, 1);

	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	@Test
	void theQuarterElapsedCountsTodayAndStaysBetweenZeroAndOne() {
		// 92 days; on 15 November 46 of them are gone.
		assertThat(ConfidenceRule.elapsed(START, END, LocalDate.of(2026, 11, 15))).isEqualTo(0.5);
		assertThat(ConfidenceRule.elapsed(START, END, END)).isEqualTo(1.0);
		assertThat(ConfidenceRule.elapsed(START, END, START.minusDays(3))).isZero();
		assertThat(ConfidenceRule.elapsed(START, END, END.plusDays(3))).isEqualTo(1.0);
	}

	@Test
	void progressWithinTenPointsOfTheExpectedOrAheadIsOnTrack() {
		double expected = ConfidenceRule.elapsed(START, END, LocalDate.of(2026, 11, 15));

		assertThat(ConfidenceRule.fromProgress(0.5, expected)).isEqualTo(new Confidence(ConfidenceLevel.ON_TRACK, 8));
		assertThat(ConfidenceRule.fromProgress(0.4, expected)).isEqualTo(new Confidence(ConfidenceLevel.ON_TRACK, 7));
		assertThat(ConfidenceRule.fromProgress(0.9, expected)).isEqualTo(new Confidence(ConfidenceLevel.ON_TRACK, 10));
	}

	@Test
	void tenToTwentyFivePointsBehindIsAtRiskAndMoreIsOffTrack() {
		assertThat(ConfidenceRule.fromProgress(0.39, 0.5)).isEqualTo(new Confidence(ConfidenceLevel.AT_RISK, 6));
		assertThat(ConfidenceRule.fromProgress(0.25, 0.5)).isEqualTo(new Confidence(ConfidenceLevel.AT_RISK, 4));
		assertThat(ConfidenceRule.fromProgress(0.24, 0.5)).isEqualTo(new Confidence(ConfidenceLevel.OFF_TRACK, 3));
		assertThat(ConfidenceRule.fromProgress(0.0, 0.5)).isEqualTo(new Confidence(ConfidenceLevel.OFF_TRACK, 0));
	}

	@Test
	void onTheQuartersFirstDayNothingIsBehind() {
		double expected = ConfidenceRule.elapsed(START, END, START);

		assertThat(ConfidenceRule.fromProgress(0, expected).level()).isEqualTo(ConfidenceLevel.ON_TRACK);
	}

	@Test
	void aForecastOfEightyFivePercentAndMoreIsOnTrackFiftyAndMoreAtRisk() {
		assertThat(ConfidenceRule.fromProbability(100)).isEqualTo(new Confidence(ConfidenceLevel.ON_TRACK, 10));
		assertThat(ConfidenceRule.fromProbability(85)).isEqualTo(new Confidence(ConfidenceLevel.ON_TRACK, 9));
		assertThat(ConfidenceRule.fromProbability(84)).isEqualTo(new Confidence(ConfidenceLevel.AT_RISK, 6));
		assertThat(ConfidenceRule.fromProbability(50)).isEqualTo(new Confidence(ConfidenceLevel.AT_RISK, 5));
		assertThat(ConfidenceRule.fromProbability(49)).isEqualTo(new Confidence(ConfidenceLevel.OFF_TRACK, 3));
		assertThat(ConfidenceRule.fromProbability(0)).isEqualTo(new Confidence(ConfidenceLevel.OFF_TRACK, 0));
	}

}
