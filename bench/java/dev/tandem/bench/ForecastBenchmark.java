package dev.tandem.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.tandem.forecast.MonteCarlo;
import dev.tandem.forecast.MonteCarlo.Part;
import dev.tandem.forecast.MonteCarlo.Uncertainty;

/**
 * 10,000 Monte Carlo trials for 500 remaining items (target: under 50 ms), with a
 * realistic history: twelve weeks of calendar days, weekends at zero, about two items
 * finished per working day. Also a cross-team item split over three teams with a scope
 * range and a split factor, and "how many in 90 days".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecastBenchmark {

	private int[] history;

	private List<Part> oneTeam;

	private List<Part> threeTeams;

	private final Uncertainty unsure = new Uncertainty(0.9, 1.2, 1.0, 1.3);

	@Setup
	public void history() {
		history = history(new Random(1), 2.0);
		oneTeam = List.of(new Part(history, 500));
		threeTeams = List.of(new Part(history, 200), new Part(history(new Random(2), 1.5), 150),
				new Part(history(new Random(3), 1.0), 150));
	}

	private static int[] history(Random random, double perWorkingDay) {
		var days = new int[84];
		for (int d = 0; d < days.length; d++) {
			if (d % 7 < 5) {
				// Poisson by Knuth's method.
				double limit = Math.exp(-perWorkingDay);
				double product = random.nextDouble();
				while (product > limit) {
					product *= random.nextDouble();
					days[d]++;
				}
			}
		}
		return days;
	}

	@Benchmark
	public MonteCarlo.When when500ItemsOneTeam() {
		return MonteCarlo.when(oneTeam, Uncertainty.NONE, MonteCarlo.DEFAULT_TRIALS, 42);
	}

	@Benchmark
	public MonteCarlo.When when500ItemsThreeTeamsWithScopeAndSplit() {
		return MonteCarlo.when(threeTeams, unsure, MonteCarlo.DEFAULT_TRIALS, 42);
	}

	@Benchmark
	public MonteCarlo.HowMany howManyIn90Days() {
		return MonteCarlo.howMany(history, 90, MonteCarlo.DEFAULT_TRIALS, 42);
	}

}
