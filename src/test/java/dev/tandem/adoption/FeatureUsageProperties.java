package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.tandem.adoption.UsageFixture.Usage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The bitmap answers equal a naive computation with sets of users over the raw events,
 * for random event sets, features, sources and ranges (one to three sources, up to 12
 * users, 4 event names, 40 days).
 */
class FeatureUsageProperties {

	static final LocalDate START = LocalDate.of(2026, 3, 1);

	static final List<EventSourceId> SOURCES = List.of(UsageFixture.source(), UsageFixture.source(),
			UsageFixture.source());

	static final List<String> NAMES = List.of("a", "b", "c", "d");

	@Provide
	Arbitrary<List<Usage>> events() {
		var event = Combinators
			.combine(Arbitraries.of(SOURCES), Arbitraries.of(NAMES), Arbitraries.integers().between(0, 39),
					Arbitraries.integers().between(0, 11))
			.as((source, name, day, user) -> new Usage(source, name, START.plusDays(day), user));
		return event.list().ofMaxSize(200);
	}

	@Provide
	Arbitrary<Set<String>> feature() {
		return Arbitraries.of(NAMES).set().ofMinSize(1).ofMaxSize(3);
	}

	@Property(tries = 300)
	void everyMetricEqualsTheNaiveOne(@ForAll("events") List<Usage> events, @ForAll("feature") Set<String> names,
			@ForAll @IntRange(min = 0, max = 3) int sourceChoice, @ForAll @IntRange(min = 0, max = 39) int a,
			@ForAll @IntRange(min = 0, max = 39) int b, @ForAll @IntRange(min = 1, max = 10) int n) {
		var source = sourceChoice == 3 ? null : SOURCES.get(sourceChoice);
		int from = Math.min(a, b);
		int to = Math.max(a, b);
		var usage = AdoptionIndex.of(UsageFixture.rollups(events, 1)).snapshot().usage(List.copyOf(names), source);
		var naive = new Naive(events, names, source);
		int f = day(from);
		int t = day(to);

		assertThat(usage.featureUserCount(f, t)).isEqualTo(naive.featureUsers(from, to).size());
		var active = usage.activeUsers(f, t);
		assertThat(active.inRange()).isEqualTo(naive.active(from, to).size());
		assertThat(active.wau()).isEqualTo(naive.active(to - 6, to).size());
		assertThat(active.mau()).isEqualTo(naive.active(to - 29, to).size());
		for (int d = from; d <= to; d++) {
			assertThat(active.daily().get(d - from).count()).isEqualTo(naive.active(d, d).size());
		}

		var adoption = usage.adoption(f, t);
		var featureUsers = naive.featureUsers(from, to);
		var activeUsers = naive.active(from, to);
		assertThat(adoption.adopters()).isEqualTo(featureUsers.stream().filter(activeUsers::contains).count());
		assertThat(adoption.activeUsers()).isEqualTo(activeUsers.size());

		var stickiness = usage.stickiness(f, t);
		double sum = 0;
		int counted = 0;
		for (int d = from; d <= to; d++) {
			var monthly = naive.featureUsers(d - 29, d).size();
			if (monthly > 0) {
				sum += (double) naive.featureUsers(d, d).size() / monthly;
				counted++;
			}
		}
		if (counted == 0) {
			assertThat(stickiness.mean()).isNull();
		}
		else {
			assertThat(stickiness.mean()).isCloseTo(sum / counted, within(1e-9));
		}

		var retention = usage.retention(f, t, n, true);
		long cohort = 0;
		long onDay = 0;
		long onOrAfter = 0;
		for (int d = from; d + n <= to; d++) {
			for (var user : naive.firstUsedOn(d)) {
				cohort++;
				if (naive.featureUsers(d + n, d + n).contains(user)) {
					onDay++;
				}
				if (naive.featureUsers(d + n, to).contains(user)) {
					onOrAfter++;
				}
			}
		}
		assertThat(retention.cohort()).isEqualTo(cohort);
		assertThat(retention.returnedOnDay()).isEqualTo(onDay);
		assertThat(retention.returnedOnOrAfter()).isEqualTo(onOrAfter);
		for (var point : retention.curve()) {
			long returned = 0;
			for (int d = from; d + point.day() <= to; d++) {
				var later = naive.featureUsers(d + point.day(), d + point.day());
				returned += naive.firstUsedOn(d).stream().filter(later::contains).count();
			}
			assertThat(point.returned()).isEqualTo(returned);
		}

		var time = usage.timeToFirstUse(f, t);
		var cohortAtRelease = naive.active(from - 30, from - 1);
		var firstUses = new ArrayList<Integer>();
		for (var user : cohortAtRelease) {
			for (int d = from; d <= to; d++) {
				if (naive.featureUsers(d, d).contains(user)) {
					firstUses.add(d - from);
					break;
				}
			}
		}
		firstUses.sort(null);
		assertThat(time.activeAtRelease()).isEqualTo(cohortAtRelease.size());
		assertThat(time.users()).isEqualTo(firstUses.size());
		assertThat(time.medianDays()).isEqualTo(nearestRank(firstUses, 50));
		assertThat(time.p75Days()).isEqualTo(nearestRank(firstUses, 75));

		var frequency = usage.frequency(f, t);
		assertThat(frequency.events()).isEqualTo(naive.events(from, to));
		long userDays = 0;
		for (int d = from; d <= to; d++) {
			userDays += naive.featureUsers(d, d).size();
		}
		assertThat(frequency.activeDays()).isEqualTo(userDays);

		var curve = usage.adoptionCurve(f, t);
		for (var point : curve) {
			var users = naive.featureUsers(from, from + point.day());
			var everyone = naive.active(from, from + point.day());
			assertThat(point.adopters()).isEqualTo(users.stream().filter(everyone::contains).count());
			assertThat(point.activeUsers()).isEqualTo(everyone.size());
		}
	}

	private static Integer nearestRank(List<Integer> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
		return sorted.get(rank - 1);
	}

	static int day(int offset) {
		return (int) START.plusDays(offset).toEpochDay();
	}

	/** The metrics' inputs computed from the raw events with plain sets. */
	static final class Naive {

		private final List<Usage> events;

		private final Predicate<Usage> fromSource;

		private final Set<String> names;

		private final Map<Integer, Integer> firstUse = new HashMap<>();

		Naive(List<Usage> events, Set<String> names, EventSourceId source) {
			this.events = events;
			this.names = names;
			this.fromSource = e -> source == null || e.source().equals(source);
			for (var e : events) {
				if (fromSource.test(e) && names.contains(e.event())) {
					firstUse.merge(e.user(), offset(e), Math::min);
				}
			}
		}

		private static int offset(Usage e) {
			return (int) (e.day().toEpochDay() - START.toEpochDay());
		}

		Set<Integer> active(int from, int to) {
			var users = new HashSet<Integer>();
			events.stream()
				.filter(fromSource)
				.filter(e -> offset(e) >= from && offset(e) <= to)
				.forEach(e -> users.add(e.user()));
			return users;
		}

		Set<Integer> featureUsers(int from, int to) {
			var users = new HashSet<Integer>();
			events.stream()
				.filter(fromSource)
				.filter(e -> names.contains(e.event()) && offset(e) >= from && offset(e) <= to)
				.forEach(e -> users.add(e.user()));
			return users;
		}

		long events(int from, int to) {
			return events.stream()
				.filter(fromSource)
				.filter(e -> names.contains(e.event()) && offset(e) >= from && offset(e) <= to)
				.count();
		}

		Set<Integer> firstUsedOn(int day) {
			var users = new HashSet<Integer>();
			firstUse.forEach((user, first) -> {
				if (first == day) {
					users.add(user);
				}
			});
			return users;
		}

	}

}
