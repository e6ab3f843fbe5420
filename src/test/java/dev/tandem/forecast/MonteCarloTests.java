package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.forecast.MonteCarlo.Part;
import dev.tandem.forecast.MonteCarlo.Uncertainty;

/**
 * The simulation against cases with a known answer: constant throughput, a two-value
 * throughput whose exact distribution a small dynamic programme computes, no history,
 * scope ranges, split factors and several teams.
 */
class MonteCarloTests {

	private static final int TRIALS = 10_000;

	@Test
	void constantThroughputGivesAnExactDate() {
		var when = MonteCarlo.when(List.of(new Part(new int[] { 2, 2, 2, 2 }, 10)), Uncertainty.NONE, TRIALS, 1);

		assertThat(when.enoughHistory()).isTrue();
		assertThat(when.day(50)).isEqualTo(5);
		assertThat(when.day(85)).isEqualTo(5);
		assertThat(when.day(95)).isEqualTo(5);
		assertThat(when.countByDay()[5]).isEqualTo(TRIALS);
		assertThat(when.probabilityWithin(4)).isZero();
		assertThat(when.probabilityWithin(5)).isEqualTo(1.0);
	}

	@Test
	void nothingLeftIsDoneToday() {
		var when = MonteCarlo.when(List.of(new Part(new int[] { 0, 1 }, 0)), Uncertainty.NONE, TRIALS, 1);

		assertThat(when.day(95)).isZero();
	}

	@Test
	void aTwoValueThroughputMatchesItsExactPercentilesWithinSamplingError() {
		// Three days in five finish nothing, two finish two items: 20 items left.
		int[] history = { 0, 2, 0, 2, 0 };
		int target = 20;
		var exact = exactCompletionCdf(history, target, 200);

		var when = MonteCarlo.when(List.of(new Part(history, target)), Uncertainty.NONE, TRIALS, 42);

		for (int percent : new int[] { 50, 85, 95 }) {
			assertThat(when.day(percent)).as("%d %%", percent)
				.isBetween(percentile(exact, percent) - 1, percentile(exact, percent) + 1);
		}
		for (int day = 20; day < 50; day++) {
			// Standard error of a share over 10,000 trials is at most 0.005.
			assertThat(when.probabilityWithin(day)).as("day %d", day).isCloseTo(exact[day], within(0.025));
		}
	}

	@Test
	void noHistoryOrOnlyZeroDaysIsNotEnoughHistory() {
		var zeros = MonteCarlo.when(List.of(new Part(new int[] { 0, 0, 0 }, 5)), Uncertainty.NONE, TRIALS, 1);
		var empty = MonteCarlo.when(List.of(new Part(new int[0], 5)), Uncertainty.NONE, TRIALS, 1);
		var howMany = MonteCarlo.howMany(new int[] { 0, 0 }, 10, TRIALS, 1);

		assertThat(zeros.enoughHistory()).isFalse();
		assertThat(zeros.day(85)).isEqualTo(-1);
		assertThat(empty.enoughHistory()).isFalse();
		assertThat(howMany.enoughHistory()).isFalse();
	}

	@Test
	void theSameSeedGivesTheSameResult() {
		int[] history = { 0, 1, 3, 0, 2, 5, 0 };
		var parts = List.of(new Part(history, 40));
		var some = new Uncertainty(0.8, 1.2, 1.0, 1.3);

		var first = MonteCarlo.when(parts, some, TRIALS, 7);
		var second = MonteCarlo.when(parts, some, TRIALS, 7);
		var other = MonteCarlo.when(parts, some, TRIALS, 8);

		assertThat(second.countByDay()).isEqualTo(first.countByDay());
		assertThat(other.countByDay()).isNotEqualTo(first.countByDay());
		assertThat(MonteCarlo.howMany(history, 30, TRIALS, 7).sortedTotals())
			.isEqualTo(MonteCarlo.howMany(history, 30, TRIALS, 7).sortedTotals());
	}

	@Test
	void aSplitFactorOfTwoDoublesTheDaysForConstantThroughput() {
		var parts = List.of(new Part(new int[] { 1 }, 12));

		var doubled = MonteCarlo.when(parts, new Uncertainty(1, 1, 2, 2), TRIALS, 1);

		assertThat(doubled.day(50)).isEqualTo(24);
		assertThat(doubled.day(95)).isEqualTo(24);
	}

	@Test
	void aScopeRangeSpreadsTheDatesUniformlyOverIt() {
		// 10 items, scope 100–200 %: between 10 and 20 items, each of 11..20 one time in
		// ten.
		var when = MonteCarlo.when(List.of(new Part(new int[] { 1 }, 10)), new Uncertainty(1, 2, 1, 1), TRIALS, 3);

		assertThat(when.countByDay().length - 1).isEqualTo(20);
		assertThat(when.probabilityWithin(9)).isZero();
		assertThat(when.day(50)).isBetween(15, 16);
		assertThat(when.day(85)).isEqualTo(19);
		assertThat(when.day(95)).isEqualTo(20);
		assertThat(when.probabilityWithin(12)).isCloseTo(0.2, within(0.02));
	}

	@Test
	void severalTeamsFinishWhenTheLastPartDoes() {
		var constant = MonteCarlo.when(
				List.of(new Part(new int[] { 1 }, 5), new Part(new int[] { 2 }, 16), new Part(new int[] { 3 }, 3)),
				Uncertainty.NONE, TRIALS, 1);
		assertThat(constant.day(50)).isEqualTo(8);
		assertThat(constant.day(95)).isEqualTo(8);

		// A steady team needing 10 days and a two-value team: the trial takes the later.
		int[] history = { 0, 2 };
		var exactOther = exactCompletionCdf(history, 10, 200);
		var mixed = MonteCarlo.when(List.of(new Part(new int[] { 1 }, 10), new Part(history, 10)), Uncertainty.NONE,
				TRIALS, 5);
		assertThat(mixed.probabilityWithin(9)).isZero();
		for (int day = 10; day < 20; day++) {
			assertThat(mixed.probabilityWithin(day)).as("day %d", day).isCloseTo(exactOther[day], within(0.025));
		}
	}

	@Test
	void aTeamWithoutHistoryMakesAJointForecastImpossible() {
		var when = MonteCarlo.when(List.of(new Part(new int[] { 1 }, 5), new Part(new int[] { 0, 0 }, 1)),
				Uncertainty.NONE, TRIALS, 1);

		assertThat(when.enoughHistory()).isFalse();
	}

	@Test
	void howManyByADateReadsThe15thPercentileFor85Percent() {
		var constant = MonteCarlo.howMany(new int[] { 2 }, 7, TRIALS, 1);
		assertThat(constant.atLeast(50)).isEqualTo(14);
		assertThat(constant.atLeast(85)).isEqualTo(14);

		// One item on half the days over 20 days: Binomial(20, 1/2). P(X ≥ 8) = 0.868,
		// P(X ≥ 9) = 0.748, P(X ≥ 10) = 0.588, P(X ≥ 11) = 0.412, P(X ≥ 6) = 0.979,
		// P(X ≥ 7) = 0.942.
		var coin = MonteCarlo.howMany(new int[] { 0, 1 }, 20, TRIALS, 9);
		assertThat(coin.atLeast(85)).isEqualTo(8);
		assertThat(coin.atLeast(50)).isEqualTo(10);
		assertThat(coin.atLeast(95)).isEqualTo(6);
	}

	@Test
	void aNearlyEmptyHistoryStopsAtTheHorizon() {
		var history = new int[365];
		history[0] = 1;

		var when = MonteCarlo.when(List.of(new Part(history, 50)), Uncertainty.NONE, 200, 1);

		assertThat(when.beyondHorizon()).isGreaterThan(150);
		assertThat(when.day(95)).isEqualTo(-1);
	}

	/**
	 * P(all {@code target} items finished within d days) for d = 0..maxDays, each day
	 * drawing uniformly from {@code history}: the distribution of the running total,
	 * capped at the target, day after day.
	 */
	static double[] exactCompletionCdf(int[] history, int target, int maxDays) {
		double[] total = new double[target + 1];
		total[0] = 1;
		double[] cdf = new double[maxDays + 1];
		cdf[0] = target == 0 ? 1 : 0;
		for (int day = 1; day <= maxDays; day++) {
			double[] next = new double[target + 1];
			for (int s = 0; s <= target; s++) {
				if (total[s] == 0) {
					continue;
				}
				if (s == target) {
					next[target] += total[s];
					continue;
				}
				for (int draw : history) {
					next[Math.min(target, s + draw)] += total[s] / history.length;
				}
			}
			total = next;
			cdf[day] = total[target];
		}
		return cdf;
	}

	static int percentile(double[] cdf, int percent) {
		for (int day = 0; day < cdf.length; day++) {
			if (cdf[day] >= percent / 100.0 - 1e-12) {
				return day;
			}
		}
		throw new IllegalStateException("beyond the computed days");
	}

}
