package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.FiscalCalendar;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

class KeyResultTests {

	private static final Quarter Q4 = Quarter.of("2026-Q4");

	private static final List<YearMonth> MONTHS = FiscalCalendar.CALENDAR_YEAR.monthsOf(Q4);

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static final Confidence ON_TRACK = new Confidence(ConfidenceLevel.ON_TRACK, 7);

	static KeyResult keyResult(String baseline, String target) {
		return KeyResult.create(ObjectiveId.random(),
				new KeyResultDetails("Grow",
						Measure.of(KeyResultUnit.NUMBER, new BigDecimal(baseline), new BigDecimal(target)), null, null),
				NOW);
	}

	@Test
	void startsAtItsBaseline() {
		var keyResult = keyResult("10", "20");

		assertThat(keyResult.currentValue()).isEqualByComparingTo("10");
		assertThat(keyResult.progress()).isZero();
		assertThat(keyResult.source()).isInstanceOf(KeyResultSource.Manual.class);
	}

	@Test
	void keepsOneCheckInPerMonthAndASecondOneUpdatesIt() {
		var keyResult = keyResult("0", "10");

		var first = keyResult.checkIn(YearMonth.of(2026, 11), MONTHS, YearMonth.of(2026, 11), BigDecimal.valueOf(3),
				ON_TRACK, "first", NOW);
		var second = keyResult.checkIn(YearMonth.of(2026, 11), MONTHS, YearMonth.of(2026, 11), BigDecimal.valueOf(4),
				ON_TRACK, "second", NOW);

		assertThat(first).isEmpty();
		assertThat(second).get().extracting(CheckIn::commentText).isEqualTo("first");
		assertThat(keyResult.checkIns()).singleElement().extracting(CheckIn::commentText).isEqualTo("second");
		assertThat(keyResult.currentValue()).isEqualByComparingTo("4");
	}

	@Test
	void takesTheLatestMonthsValueAsCurrentValue() {
		var keyResult = keyResult("0", "10");
		keyResult.checkIn(YearMonth.of(2026, 11), MONTHS, YearMonth.of(2026, 11), BigDecimal.valueOf(6), ON_TRACK, null,
				NOW);

		keyResult.checkIn(YearMonth.of(2026, 10), MONTHS, YearMonth.of(2026, 11), BigDecimal.valueOf(2), ON_TRACK, null,
				NOW);

		assertThat(keyResult.checkIns()).hasSize(2);
		assertThat(keyResult.currentValue()).isEqualByComparingTo("6");
	}

	@Test
	void rejectsCheckInOutsideTheQuarter() {
		var keyResult = keyResult("0", "10");

		assertThatThrownBy(() -> keyResult.checkIn(YearMonth.of(2026, 9), MONTHS, YearMonth.of(2026, 11),
				BigDecimal.ONE, ON_TRACK, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("month");
	}

	@Test
	void rejectsCheckInForAFutureMonth() {
		var keyResult = keyResult("0", "10");

		assertThatThrownBy(() -> keyResult.checkIn(YearMonth.of(2026, 12), MONTHS, YearMonth.of(2026, 11),
				BigDecimal.ONE, ON_TRACK, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("future");
	}

	@Test
	void proposesTheScoreFromProgressAndNeedsAReasonToAdjustIt() {
		var keyResult = keyResult("0", "10");
		keyResult.checkIn(YearMonth.of(2026, 11), MONTHS, YearMonth.of(2026, 11), BigDecimal.valueOf(7), ON_TRACK, null,
				NOW);

		assertThat(keyResult.proposedScore()).isEqualByComparingTo("0.7");
		assertThatThrownBy(() -> keyResult.score(new BigDecimal("0.5"), " ")).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("reason");
		assertThatThrownBy(() -> keyResult.score(new BigDecimal("1.2"), "why not")).hasMessageStartingWith("score");

		keyResult.score(new BigDecimal("0.5"), "the last deal slipped");
		assertThat(keyResult.finalScore()).isEqualByComparingTo("0.5");
		assertThat(keyResult.scoreReason()).isEqualTo("the last deal slipped");

		keyResult.score(null, null);
		assertThat(keyResult.finalScore()).isEqualByComparingTo("0.7");
		assertThat(keyResult.scoreReason()).isNull();
	}

	@Test
	void closesAnObjectiveWithTheMeanScoreOnlyWhenEveryKeyResultIsScored() {
		var objective = Objective.create(new ObjectiveDetails("Win", null, Q4, ObjectiveLevel.TEAM,
				PersonId.of(java.util.UUID.randomUUID().toString()), new TeamId(java.util.UUID.randomUUID()), null,
				null), NOW);
		objective.activate();
		var first = keyResult("0", "10");
		var second = keyResult("0", "10");
		first.score(new BigDecimal("0.4"), "reason");

		assertThatThrownBy(() -> objective.close(List.of(first, second), NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("keyResults");

		second.score(new BigDecimal("0.8"), "reason");
		objective.close(List.of(first, second), NOW);
		assertThat(objective.state()).isEqualTo(ObjectiveState.CLOSED);
		assertThat(objective.score()).isEqualByComparingTo("0.6");
		assertThatThrownBy(objective::requireOpen).hasMessageContaining("closed");
		assertThatThrownBy(objective::activate).hasMessageContaining("closed");
	}

}
