package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles against cases worked out by hand. */
class CycleTimePercentilesTests {

	private static List<Double> days(double... values) {
		return Arrays.stream(values).boxed().toList();
	}

	@Test
	void noCycleTimesHaveNoPercentiles() {
		var none = CycleTimePercentiles.of(List.of());

		assertThat(none).isEqualTo(new CycleTimePercentiles(0, null, null, null));
		assertThat(none.known()).isFalse();
	}

	@Test
	void oneCycleTimeIsEveryPercentile() {
		assertThat(CycleTimePercentiles.of(days(4.5))).isEqualTo(new CycleTimePercentiles(1, 4.5, 4.5, 4.5));
	}

	@Test
	void tenDaysOneToTen() {
		// n = 10: p50 → rank ceil(5.0) = 5, p85 → ceil(8.5) = 9, p95 → ceil(9.5) = 10
		var percentiles = CycleTimePercentiles.of(days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

		assertThat(percentiles).isEqualTo(new CycleTimePercentiles(10, 5.0, 9.0, 10.0));
	}

	@Test
	void twentyValuesHitTheirRanksExactlyWithoutFloatingPointDrift() {
		// n = 20: p50 → rank 10, p85 → rank 17 (0.85 × 20 in doubles is
		// 17.000000000000004), p95 → rank 19
		var values = IntStream.rangeClosed(1, 20).mapToObj(i -> (double) i).toList();

		assertThat(CycleTimePercentiles.of(values)).isEqualTo(new CycleTimePercentiles(20, 10.0, 17.0, 19.0));
	}

	@Test
	void sortsTheValuesAndLeavesOutUnknownOnes() {
		// sorted: 0.5, 3, 3, 7.5 (n = 4): p50 → rank 2, p85 → ceil(3.4) = 4, p95 →
		// ceil(3.8) = 4
		var values = new ArrayList<Double>(days(7.5, 0.5, 3, 3));
		values.add(1, null);

		assertThat(CycleTimePercentiles.of(values)).isEqualTo(new CycleTimePercentiles(4, 3.0, 7.5, 7.5));
	}

	@Test
	void threeValuesTakeTheMiddleOneAsMedian() {
		// n = 3: p50 → ceil(1.5) = 2, p85 → ceil(2.55) = 3, p95 → ceil(2.85) = 3
		assertThat(CycleTimePercentiles.of(days(9, 1, 2))).isEqualTo(new CycleTimePercentiles(3, 2.0, 9.0, 9.0));
	}

}
