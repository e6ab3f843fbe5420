package dev.tandem.delivery;

import java.util.Collection;

/**
 * The 50th, 85th and 95th percentiles of a set of cycle times, in days, by the
 * nearest-rank method: sort the {@code n} values, the p-th percentile is the value at
 * rank {@code ceil(p / 100 × n)} (1-based). Every percentile is therefore a cycle time
 * that really happened — "85 % of our items finished in 9 days or less" — and no
 * interpolation invents one. With no cycle times every percentile is null.
 */
public record CycleTimePercentiles(int count, Double p50, Double p85, Double p95) {

	/** The percentiles of {@code days}; nulls are not cycle times and are left out. */
	public static CycleTimePercentiles of(Collection<Double> days) {
		var sorted = days.stream().filter(d -> d != null).mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return new CycleTimePercentiles(0, null, null, null);
		}
		return new CycleTimePercentiles(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 85),
				nearestRank(sorted, 95));
	}

	/**
	 * The value at rank {@code ceil(percent × n / 100)} of the sorted values, in integer
	 * arithmetic so that 85 % of 20 is rank 17 exactly, not 17.000000000000004 → 18.
	 */
	static double nearestRank(double[] sorted, int percent) {
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
		}
		int n = sorted.length;
		int rank = (percent * n + 99) / 100;
		return sorted[Math.max(rank, 1) - 1];
	}

	/** Whether there was any cycle time to take percentiles of. */
	public boolean known() {
		return count > 0;
	}

}
