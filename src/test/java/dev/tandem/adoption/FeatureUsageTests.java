package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.adoption.FeatureMetrics.CurvePoint;
import dev.tandem.adoption.FeatureMetrics.DailyCount;
import dev.tandem.adoption.UsageFixture.Usage;

/**
 * Every metric on a small fixture, against figures computed by hand (the same example is
 * worked through in docs/adoption-metrics.md). Release day R = 2026-01-10; users 1–6; the
 * feature is "export" or "export_csv".
 *
 * <pre>
 * day    active (any event)   feature users   feature events
 * R-40   5
 * R-5    1 2 3 4
 * R      1 2 3 4              1 2             3 (user 1 twice)
 * R+1    1 5                  1               1
 * R+2    3                    3               1
 * R+3    6                    6               1
 * R+7    2 3 4                2 3             2
 * </pre>
 */
class FeatureUsageTests {

	static final LocalDate R = LocalDate.of(2026, 1, 10);

	static final EventSourceId WEB = UsageFixture.source();

	static final EventSourceId IOS = UsageFixture.source();

	static final List<String> EXPORT = List.of("export", "export_csv");

	static List<Usage> fixture() {
		var events = new ArrayList<Usage>();
		page(events, -40, 5);
		page(events, -5, 1, 2, 3, 4);
		page(events, 0, 1, 2, 3, 4);
		page(events, 1, 1, 5);
		page(events, 2, 3);
		page(events, 3, 6);
		page(events, 7, 2, 3, 4);
		use(events, "export", 0, 1);
		use(events, "export", 0, 1);
		use(events, "export_csv", 0, 2);
		use(events, "export", 1, 1);
		use(events, "export", 2, 3);
		use(events, "export", 3, 6);
		use(events, "export", 7, 2);
		use(events, "export_csv", 7, 3);
		return events;
	}

	private static void page(List<Usage> events, int day, int... users) {
		for (var user : users) {
			events.add(new Usage(WEB, "page", R.plusDays(day), user));
		}
	}

	private static void use(List<Usage> events, String event, int day, int user) {
		events.add(new Usage(WEB, event, R.plusDays(day), user));
	}

	static FeatureUsage usage(List<Usage> events, EventSourceId source) {
		return AdoptionIndex.of(UsageFixture.rollups(events, 1)).snapshot().usage(EXPORT, source);
	}

	static int day(int offset) {
		return (int) R.plusDays(offset).toEpochDay();
	}

	@Test
	void countsActiveUsersPerDayWeekAndMonth() {
		var active = usage(fixture(), WEB).activeUsers(day(0), day(7));

		assertThat(active.daily()).extracting(DailyCount::count).containsExactly(4L, 2L, 1L, 1L, 0L, 0L, 0L, 3L);
		assertThat(active.inRange()).isEqualTo(6);
		assertThat(active.wau()).isEqualTo(6);
		assertThat(active.mau()).isEqualTo(6);
		assertThat(usage(fixture(), WEB).activeUsers(day(1), day(2)).inRange()).isEqualTo(3);
	}

	@Test
	void adoptionIsFeatureUsersAmongActiveUsers() {
		var usage = usage(fixture(), WEB);

		assertThat(usage.featureUserCount(day(0), day(7))).isEqualTo(4);
		var adoption = usage.adoption(day(0), day(7));
		assertThat(adoption.adopters()).isEqualTo(4);
		assertThat(adoption.activeUsers()).isEqualTo(6);
		assertThat(adoption.percent()).isEqualTo(66.7);
		assertThat(usage.adoption(day(4), day(6)).rate()).isZero();
	}

	@Test
	void stickinessIsTheMeanOfDailyFeatureUsersOverTheirTrailingMonth() {
		var stickiness = usage(fixture(), WEB).stickiness(day(0), day(7));

		assertThat(stickiness.daily()).extracting(FeatureMetrics.DailyShare::share)
			.containsExactly(1.0, 0.5, 1.0 / 3, 0.25, 0.0, 0.0, 0.0, 0.5);
		assertThat(stickiness.mean()).isCloseTo((1 + 0.5 + 1.0 / 3 + 0.25 + 0.5) / 8, within(1e-9));
		assertThat(usage(fixture(), WEB).stickiness(day(-10), day(-1)).mean()).isNull();
	}

	@Test
	void retentionFollowsThePeopleWhoFirstUsedTheFeatureInTheRange() {
		var oneDay = usage(fixture(), WEB).retention(day(0), day(7), 1, true);

		assertThat(oneDay.cohort()).isEqualTo(4);
		assertThat(oneDay.returnedOnDay()).isEqualTo(1);
		assertThat(oneDay.returnedOnOrAfter()).isEqualTo(3);
		assertThat(oneDay.onDay()).isEqualTo(0.25);
		assertThat(oneDay.onOrAfter()).isEqualTo(0.75);
		assertThat(oneDay.curve()).hasSize(7);
		assertThat(oneDay.curve().get(0).share()).isEqualTo(0.25);

		var week = usage(fixture(), WEB).retention(day(0), day(7), 7, false);
		assertThat(week.cohort()).isEqualTo(2);
		assertThat(week.onDay()).isEqualTo(0.5);
		assertThat(week.onOrAfter()).isEqualTo(0.5);
		// Users 1 and 2 used it before day 7: nobody first uses it there, so no cohort.
		assertThat(usage(fixture(), WEB).retention(day(7), day(7), 1, false).onDay()).isNull();
	}

	@Test
	void timeToFirstUseCountsThePeopleActiveInTheMonthBeforeRelease() {
		var time = usage(fixture(), WEB).timeToFirstUse(day(0), day(7));

		assertThat(time.activeAtRelease()).isEqualTo(4);
		assertThat(time.users()).isEqualTo(3);
		assertThat(time.medianDays()).isZero();
		assertThat(time.p75Days()).isEqualTo(2);
		assertThat(usage(fixture(), WEB).timeToFirstUse(day(0), day(1)).p75Days()).isZero();
		assertThat(usage(fixture(), WEB).timeToFirstUse(day(-100), day(7)).medianDays()).isNull();
	}

	@Test
	void frequencyCountsEventsAndActiveDaysPerFeatureUser() {
		var frequency = usage(fixture(), WEB).frequency(day(0), day(7));

		assertThat(frequency.users()).isEqualTo(4);
		assertThat(frequency.events()).isEqualTo(8);
		assertThat(frequency.activeDays()).isEqualTo(7);
		assertThat(frequency.eventsPerUser()).isEqualTo(2.0);
		assertThat(frequency.activeDaysPerUser()).isEqualTo(1.75);
	}

	@Test
	void theAdoptionCurveIsCumulativeFromTheReleaseDay() {
		var curve = usage(fixture(), WEB).adoptionCurve(day(0), day(3));

		assertThat(curve).extracting(CurvePoint::rate).containsExactly(0.5, 0.4, 0.6, 4.0 / 6);
		assertThat(curve).extracting(CurvePoint::day).containsExactly(0, 1, 2, 3);
	}

	@Test
	void allSourcesIsTheUnionOfEverySource() {
		var events = fixture();
		events.add(new Usage(IOS, "export", R.plusDays(5), 4));
		events.add(new Usage(IOS, "export", R.plusDays(5), 1));

		assertThat(usage(events, WEB).featureUserCount(day(0), day(7))).isEqualTo(4);
		assertThat(usage(events, IOS).featureUserCount(day(0), day(7))).isEqualTo(2);
		assertThat(usage(events, IOS).adoption(day(0), day(7)).rate()).isEqualTo(1.0);
		assertThat(usage(events, null).featureUserCount(day(0), day(7))).isEqualTo(5);
		assertThat(usage(events, null).adoption(day(0), day(7)).rate()).isEqualTo(5.0 / 6);
		assertThat(usage(events, null).frequency(day(0), day(7)).events()).isEqualTo(10);
	}

	@Test
	void aRefreshWithNewRowsGivesTheSameAnswersAsLoadingEverythingAtOnce() {
		var events = fixture();
		var later = List.of(new Usage(IOS, "export", R.plusDays(5), 4), new Usage(IOS, "page", R.plusDays(6), 5),
				new Usage(WEB, "export", R.plusDays(6), 5), new Usage(WEB, "page", R.plusDays(6), 5));
		var index = AdoptionIndex.of(UsageFixture.rollups(events, 1));
		index.apply(UsageFixture.rollups(later, 2), 2);
		var all = new ArrayList<>(events);
		all.addAll(later);
		var once = AdoptionIndex.of(UsageFixture.rollups(all, 2));

		for (var source : new EventSourceId[] { null, WEB, IOS }) {
			var a = index.snapshot().usage(EXPORT, source);
			var b = once.snapshot().usage(EXPORT, source);
			assertThat(a.adoption(day(0), day(7))).isEqualTo(b.adoption(day(0), day(7)));
			assertThat(a.activeUsers(day(0), day(7))).isEqualTo(b.activeUsers(day(0), day(7)));
			assertThat(a.frequency(day(0), day(7))).isEqualTo(b.frequency(day(0), day(7)));
		}
		assertThat(index.snapshot().watermark()).isEqualTo(2);
		assertThat(index.snapshot().eventNames()).isEqualTo(List.of("export", "export_csv", "page"));
	}

	@Test
	void statusComparesTheWindowsAdoptionWithTheTarget() {
		var usage = usage(fixture(), WEB);

		assertThat(status(usage, "50", 4, 2)).isEqualTo(AdoptionStatus.ON_TRACK);
		assertThat(status(usage, "90", 4, 1)).isEqualTo(AdoptionStatus.BEHIND);
		assertThat(status(usage, "50", 4, 10)).isEqualTo(AdoptionStatus.ADOPTED);
		assertThat(status(usage, "70", 4, 10)).isEqualTo(AdoptionStatus.SHIPPED_NOT_ADOPTED);
		var progress = AdoptionQueries.progress(feature("50", 4), usage, R, R.plusDays(2));
		assertThat(progress.adoptionPercent()).isEqualTo(60.0);
		assertThat(progress.expectedPercent()).isEqualTo(37.5);
		assertThat(progress.elapsedDays()).isEqualTo(3);
		assertThat(progress.windowEnd()).isEqualTo(R.plusDays(3));
		assertThat(progress.sparkline()).isEqualTo("50.0;40.0;60.0");
	}

	private static AdoptionStatus status(FeatureUsage usage, String target, int window, int today) {
		return AdoptionQueries.progress(feature(target, window), usage, R, R.plusDays(today)).status();
	}

	private static Feature feature(String target, int window) {
		return Feature.define(new FeatureDetails("Export", EXPORT, WEB, null, new BigDecimal(target), window),
				Instant.now());
	}

	@Test
	void theIndexKeepsEveryEventName() {
		assertThat(Set.copyOf(AdoptionIndex.of(UsageFixture.rollups(fixture(), 1)).snapshot().eventNames()))
			.containsExactlyInAnyOrder("export", "export_csv", "page");
	}

}
