package dev.tandem.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulation behind every forecast, pure and fast: no Spring, no database. A trial
 * replays the future one calendar day at a time, each day finishing as many items as a
 * day drawn at random from the team's own history (zero days included, so weekends and
 * holidays weigh as they did), until the remaining items are used up. Many trials give a
 * distribution of completion days; a seed gives identical results.
 * <p>
 * Day {@code k} of a trial is {@code k} days after the forecast's start (today): an item
 * set finished on the first simulated day is done "tomorrow", an empty one "today".
 */
public final class MonteCarlo {

	public static final int DEFAULT_TRIALS = 10_000;

	/**
	 * The furthest a trial looks, in days (five years): beyond it a forecast only says
	 * "later than that", and a nearly empty history cannot spin for ever.
	 */
	public static final int HORIZON_DAYS = 5 * 365;

	private MonteCarlo() {
	}

	/**
	 * One team's part of the work: its daily throughput history and the items it still
	 * has to finish.
	 */
	public record Part(int[] throughput, int remaining) {

		public Part {
			if (throughput == null) {
				throw new IllegalArgumentException("throughput is required");
			}
			if (remaining < 0) {
				throw new IllegalArgumentException("remaining must not be negative");
			}
			throughput = throughput.clone();
			for (int day : throughput) {
				if (day < 0) {
					throw new IllegalArgumentException("throughput must not be negative");
				}
			}
		}

		/** True when the history has at least one day with something finished. */
		public boolean hasHistory() {
			return Arrays.stream(throughput).anyMatch(d -> d > 0);
		}

		public double meanPerDay() {
			return throughput.length == 0 ? 0 : Arrays.stream(throughput).average().orElse(0);
		}

	}

	/**
	 * How unsure the remaining scope is: per trial the remaining count is multiplied by a
	 * scope factor drawn uniformly from {@code scopeLow..scopeHigh} (the count is a
	 * range) and by a split factor drawn uniformly from {@code splitLow..splitHigh}
	 * (stories split as work proceeds). Both are drawn once per trial and apply to every
	 * team's part alike.
	 */
	public record Uncertainty(double scopeLow, double scopeHigh, double splitLow, double splitHigh) {

		public static final Uncertainty NONE = new Uncertainty(1, 1, 1, 1);

		public Uncertainty {
			if (!(scopeLow > 0) || scopeHigh < scopeLow || !(splitLow >= 1) || splitHigh < splitLow) {
				throw new IllegalArgumentException("need 0 < scopeLow ≤ scopeHigh and 1 ≤ splitLow ≤ splitHigh");
			}
		}

	}

	/**
	 * Completion days of every trial as a histogram: {@code countByDay[d]} trials
	 * finished on day {@code d}; {@code beyondHorizon} trials did not finish within
	 * {@link #HORIZON_DAYS}. Without history ({@code enoughHistory} false) there is no
	 * distribution at all.
	 */
	public record When(boolean enoughHistory, int trials, int[] countByDay, int beyondHorizon) {

		/**
		 * The first day by which at least {@code percent} % of the trials finished, or -1
		 * when that lies beyond the horizon (or without history).
		 */
		public int day(int percent) {
			if (!enoughHistory) {
				return -1;
			}
			long needed = (long) Math.ceil(trials * (percent / 100.0) - 1e-9);
			long seen = 0;
			for (int d = 0; d < countByDay.length; d++) {
				seen += countByDay[d];
				if (seen >= needed) {
					return d;
				}
			}
			return -1;
		}

		/** The share of trials finished by day {@code day} included, 0 to 1. */
		public double probabilityWithin(int day) {
			if (!enoughHistory || day < 0) {
				return 0;
			}
			long seen = 0;
			for (int d = 0; d <= day && d < countByDay.length; d++) {
				seen += countByDay[d];
			}
			return (double) seen / trials;
		}

	}

	/**
	 * Items finished within a number of days in every trial, sorted ascending:
	 * {@code totals[i]} for trial {@code i} of the order.
	 */
	public record HowMany(boolean enoughHistory, int[] sortedTotals) {

		/**
		 * The count reached with {@code percent} % likelihood: 85 % means 85 % of the
		 * trials finished at least that many, the 15th percentile of the totals.
		 */
		public int atLeast(int percent) {
			if (!enoughHistory || sortedTotals.length == 0) {
				return 0;
			}
			int index = (int) Math.floor(sortedTotals.length * (1 - percent / 100.0) + 1e-9);
			return sortedTotals[Math.min(Math.max(index, 0), sortedTotals.length - 1)];
		}

	}

	/**
	 * When the parts finish: each part draws from its own team's history, and a trial
	 * ends when its last part does. A part with items left but no history makes the whole
	 * answer "not enough history".
	 */
	public static When when(List<Part> parts, Uncertainty uncertainty, int trials, long seed) {
		if (trials <= 0) {
			throw new IllegalArgumentException("trials must be positive");
		}
		for (var part : parts) {
			if (part.remaining() > 0 && !part.hasHistory()) {
				return new When(false, trials, new int[0], 0);
			}
		}
		var random = new SplittableRandom(seed);
		int n = parts.size();
		int[][] histories = new int[n][];
		int[] remaining = new int[n];
		for (int p = 0; p < n; p++) {
			histories[p] = parts.get(p).throughput;
			remaining[p] = parts.get(p).remaining();
		}
		double scopeLow = uncertainty.scopeLow();
		double scopeSpan = uncertainty.scopeHigh() - scopeLow;
		double splitLow = uncertainty.splitLow();
		double splitSpan = uncertainty.splitHigh() - splitLow;
		int[] countByDay = new int[HORIZON_DAYS + 1];
		int beyond = 0;
		int last = 0;
		for (int t = 0; t < trials; t++) {
			double factor = (scopeSpan == 0 ? scopeLow : scopeLow + scopeSpan * random.nextDouble())
					* (splitSpan == 0 ? splitLow : splitLow + splitSpan * random.nextDouble());
			int days = 0;
			for (int p = 0; p < n && days <= HORIZON_DAYS; p++) {
				if (remaining[p] == 0) {
					continue;
				}
				int target = factor == 1 ? remaining[p] : (int) Math.ceil(remaining[p] * factor - 1e-9);
				int partDays = daysToFinish(histories[p], target, random);
				days = Math.max(days, partDays);
			}
			if (days > HORIZON_DAYS) {
				beyond++;
			}
			else {
				countByDay[days]++;
				last = Math.max(last, days);
			}
		}
		return new When(true, trials, Arrays.copyOf(countByDay, last + 1), beyond);
	}

	/**
	 * The inner loop: draw days until the target is used up, HORIZON_DAYS + 1 meaning
	 * "not within the horizon".
	 */
	static int daysToFinish(int[] history, int target, SplittableRandom random) {
		int left = target;
		int days = 0;
		int size = history.length;
		while (left > 0) {
			if (days > HORIZON_DAYS) {
				return days;
			}
			left -= history[random.nextInt(size)];
			days++;
		}
		return days;
	}

	/** How many items a team finishes in the next {@code days} days, trial by trial. */
	public static HowMany howMany(int[] throughput, int days, int trials, long seed) {
		if (trials <= 0 || days < 0) {
			throw new IllegalArgumentException("trials must be positive and days not negative");
		}
		var part = new Part(throughput, 0);
		if (!part.hasHistory()) {
			return new HowMany(false, new int[0]);
		}
		var history = part.throughput;
		int size = history.length;
		var random = new SplittableRandom(seed);
		int[] totals = new int[trials];
		for (int t = 0; t < trials; t++) {
			int total = 0;
			for (int d = 0; d < days; d++) {
				total += history[random.nextInt(size)];
			}
			totals[t] = total;
		}
		Arrays.sort(totals);
		return new HowMany(true, totals);
	}

}
