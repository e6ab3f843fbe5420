package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tandem.shared.InvalidInputException;

class ProgressTests {

	private static Measure measure(KeyResultUnit unit, String baseline, String target) {
		return Measure.of(unit, new BigDecimal(baseline), new BigDecimal(target));
	}

	private static double progress(Measure measure, String current) {
		return measure.progressOf(new BigDecimal(current));
	}

	@ParameterizedTest
	@EnumSource(value = KeyResultUnit.class, names = { "NUMBER", "PERCENT", "CURRENCY" })
	void computesLinearProgressWhenIncreasing(KeyResultUnit unit) {
		var measure = measure(unit, "40", "60");

		assertThat(measure.direction()).isEqualTo(Direction.INCREASE);
		assertThat(progress(measure, "40")).isZero();
		assertThat(progress(measure, "50")).isEqualTo(0.5);
		assertThat(progress(measure, "60")).isEqualTo(1.0);
	}

	@ParameterizedTest
	@EnumSource(value = KeyResultUnit.class, names = { "NUMBER", "PERCENT", "CURRENCY" })
	void computesLinearProgressWhenDecreasing(KeyResultUnit unit) {
		var measure = measure(unit, "10", "2");

		assertThat(measure.direction()).isEqualTo(Direction.DECREASE);
		assertThat(progress(measure, "10")).isZero();
		assertThat(progress(measure, "6")).isEqualTo(0.5);
		assertThat(progress(measure, "2")).isEqualTo(1.0);
	}

	@Test
	void clampsProgressBetweenZeroAndOne() {
		var up = measure(KeyResultUnit.NUMBER, "0", "100");
		var down = measure(KeyResultUnit.NUMBER, "100", "0");

		assertThat(progress(up, "150")).isEqualTo(1.0);
		assertThat(progress(up, "-20")).isZero();
		assertThat(progress(down, "-5")).isEqualTo(1.0);
		assertThat(progress(down, "130")).isZero();
	}

	@Test
	void yesNoIsZeroUntilTheTargetIsReachedThenOne() {
		var yes = measure(KeyResultUnit.YES_NO, "0", "1");
		var no = measure(KeyResultUnit.YES_NO, "1", "0");

		assertThat(progress(yes, "0")).isZero();
		assertThat(progress(yes, "1")).isEqualTo(1.0);
		assertThat(progress(no, "1")).isZero();
		assertThat(progress(no, "0")).isEqualTo(1.0);
	}

	@Test
	void milestoneProgressIsTheShareOfMilestonesReached() {
		var milestones = measure(KeyResultUnit.MILESTONE, "0", "4");

		assertThat(progress(milestones, "1")).isEqualTo(0.25);
		assertThat(progress(milestones, "3")).isEqualTo(0.75);
		assertThat(progress(milestones, "4")).isEqualTo(1.0);
	}

	@Test
	void refusesATargetEqualToTheBaseline() {
		assertThatThrownBy(() -> measure(KeyResultUnit.NUMBER, "5", "5.0")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
				.containsExactly("target"));
	}

	@Test
	void refusesADirectionThatContradictsBaselineAndTarget() {
		assertThatThrownBy(() -> new Measure(KeyResultUnit.NUMBER, BigDecimal.ZERO, BigDecimal.TEN, Direction.DECREASE))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
				.containsExactly("direction"));
	}

	@Test
	void refusesYesNoOutsideZeroAndOneAndFractionalMilestones() {
		assertThatThrownBy(() -> measure(KeyResultUnit.YES_NO, "0", "5")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> measure(KeyResultUnit.MILESTONE, "0", "2.5"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesConfidenceOutsideZeroToTen() {
		assertThatThrownBy(() -> new Confidence(ConfidenceLevel.ON_TRACK, 11)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
				.containsExactly("confidenceScore"));
		assertThatThrownBy(() -> new Confidence(ConfidenceLevel.OFF_TRACK, -1))
			.isInstanceOf(InvalidInputException.class);
		assertThat(new Confidence(ConfidenceLevel.AT_RISK, 0).score()).isZero();
		assertThat(new Confidence(ConfidenceLevel.AT_RISK, 10).score()).isEqualTo(10);
	}

}
