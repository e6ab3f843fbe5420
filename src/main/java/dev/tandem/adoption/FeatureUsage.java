package dev.tandem.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

import dev.tandem.adoption.FeatureMetrics.ActiveUsers;
import dev.tandem.adoption.FeatureMetrics.Adoption;
import dev.tandem.adoption.FeatureMetrics.CurvePoint;
import dev.tandem.adoption.FeatureMetrics.DailyCount;
import dev.tandem.adoption.FeatureMetrics.DailyShare;
import dev.tandem.adoption.FeatureMetrics.Frequency;
import dev.tandem.adoption.FeatureMetrics.Retention;
import dev.tandem.adoption.FeatureMetrics.RetentionPoint;
import dev.tandem.adoption.FeatureMetrics.Stickiness;
import dev.tandem.adoption.FeatureMetrics.TimeToFirstUse;

/**
 * One feature's usage (the day series of its events) next to everyone's activity, from
 * one source or all, and the metrics computed from them with bitmap unions, intersections
 * and cardinalities only. Days are UTC epoch days, ranges include both ends. Bitmaps of
 * the series are shared and never changed here: unions build new ones.
 */
final class FeatureUsage {

	/** Active at release means active in this many days before the release day. */
	static final int ACTIVE_AT_RELEASE_DAYS = 30;

	/** Stickiness divides by the feature's users of this many days ending on the day. */
	static final int MONTH_DAYS = 30;

	static final int WEEK_DAYS = 7;

	static final int RETENTION_CURVE_DAYS = 30;

	private static final RoaringBitmap NOBODY = new RoaringBitmap();

	private final List<DaySeries> feature;

	private final List<DaySeries> active;

	FeatureUsage(List<DaySeries> feature, List<DaySeries> active) {
		this.feature = feature;
		this.active = active;
	}

	/** The feature's users on a day (shared, do not change it). */
	RoaringBitmap users(int day) {
		return union(feature, day);
	}

	RoaringBitmap activeOn(int day) {
		return union(active, day);
	}

	long events(int day) {
		long events = 0;
		for (var series : feature) {
			events += series.events(day);
		}
		return events;
	}

	private static RoaringBitmap union(List<DaySeries> series, int day) {
		if (series.size() == 1) {
			var users = series.get(0).users(day);
			return users == null ? NOBODY : users;
		}
		var bitmaps = new ArrayList<RoaringBitmap>(series.size());
		for (var s : series) {
			var users = s.users(day);
			if (users != null) {
				bitmaps.add(users);
			}
		}
		return bitmaps.isEmpty() ? NOBODY
				: bitmaps.size() == 1 ? bitmaps.get(0) : FastAggregation.or(bitmaps.iterator());
	}

	private static List<RoaringBitmap> bitmaps(List<DaySeries> series, int from, int to) {
		var bitmaps = new ArrayList<RoaringBitmap>();
		for (var s : series) {
			for (int day = from; day <= to; day++) {
				var users = s.users(day);
				if (users != null) {
					bitmaps.add(users);
				}
			}
		}
		return bitmaps;
	}

	/** Everyone who used the feature from {@code from} to {@code to} (a new bitmap). */
	RoaringBitmap usersBetween(int from, int to) {
		return FastAggregation.or(bitmaps(feature, from, to).iterator());
	}

	RoaringBitmap activeBetween(int from, int to) {
		return FastAggregation.or(bitmaps(active, from, to).iterator());
	}

	long featureUserCount(int from, int to) {
		return FastAggregation.orCardinality(bitmaps(feature, from, to).toArray(RoaringBitmap[]::new));
	}

	long activeCount(int from, int to) {
		return FastAggregation.orCardinality(bitmaps(active, from, to).toArray(RoaringBitmap[]::new));
	}

	/** The first day any of the feature's events was seen, or null. */
	Integer firstDay() {
		Integer first = null;
		for (var s : feature) {
			if (!s.isEmpty() && (first == null || s.firstDay() < first)) {
				first = s.firstDay();
			}
		}
		return first;
	}

	ActiveUsers activeUsers(int from, int to) {
		var daily = new ArrayList<DailyCount>();
		for (int day = from; day <= to; day++) {
			daily.add(new DailyCount(LocalDate.ofEpochDay(day), activeOn(day).getLongCardinality()));
		}
		return new ActiveUsers(activeCount(from, to), activeCount(to - WEEK_DAYS + 1, to),
				activeCount(to - MONTH_DAYS + 1, to), daily);
	}

	Adoption adoption(int from, int to) {
		var active = activeBetween(from, to);
		return Adoption.of(RoaringBitmap.andCardinality(usersBetween(from, to), active), active.getLongCardinality());
	}

	/**
	 * Each day's feature users over those of its trailing 30 days. The 30-day unions come
	 * from blocks of 30 days with prefix and suffix unions inside each block: any 30-day
	 * window is the suffix of one block and the prefix of the next, so a day costs two
	 * unions and one union cardinality instead of a 30-way union.
	 */
	Stickiness stickiness(int from, int to) {
		int start = from - MONTH_DAYS + 1;
		int n = to - start + 1;
		var prefix = new RoaringBitmap[n];
		var suffix = new RoaringBitmap[n];
		for (int i = 0; i < n; i++) {
			var users = users(start + i);
			prefix[i] = i % MONTH_DAYS == 0 ? users : RoaringBitmap.or(prefix[i - 1], users);
		}
		for (int i = n - 1; i >= 0; i--) {
			var users = users(start + i);
			suffix[i] = i % MONTH_DAYS == MONTH_DAYS - 1 || i == n - 1 ? users : RoaringBitmap.or(suffix[i + 1], users);
		}
		var daily = new ArrayList<DailyShare>();
		double sum = 0;
		int counted = 0;
		for (int day = from; day <= to; day++) {
			int last = day - start;
			int first = last - MONTH_DAYS + 1;
			long monthly = first % MONTH_DAYS == 0 ? prefix[last].getLongCardinality()
					: RoaringBitmap.orCardinality(suffix[first], prefix[last]);
			Double share = null;
			if (monthly > 0) {
				share = (double) users(day).getLongCardinality() / monthly;
				sum += share;
				counted++;
			}
			daily.add(new DailyShare(LocalDate.ofEpochDay(day), share));
		}
		return new Stickiness(counted == 0 ? null : sum / counted, daily);
	}

	/**
	 * Retention after {@code days} days of the people who first used the feature in the
	 * range, with the exact-day curve for 1 to 30 days when {@code withCurve}.
	 */
	Retention retention(int from, int to, int days, boolean withCurve) {
		var cohorts = cohorts(from, to);
		long cohort = 0;
		long onDay = 0;
		long onOrAfter = 0;
		if (days >= 1 && to - from >= days) {
			// later[k] = everyone who used it on day from + k or after, up to the range's
			// end
			var later = new RoaringBitmap[to - from + 2];
			later[to - from + 1] = new RoaringBitmap();
			for (int day = to; day >= from + days; day--) {
				later[day - from] = RoaringBitmap.or(later[day - from + 1], users(day));
			}
			for (int day = from; day + days <= to; day++) {
				var first = cohorts.get(day - from);
				cohort += first.getLongCardinality();
				onDay += RoaringBitmap.andCardinality(first, users(day + days));
				onOrAfter += RoaringBitmap.andCardinality(first, later[day + days - from]);
			}
		}
		var curve = new ArrayList<RetentionPoint>();
		if (withCurve) {
			for (int n = 1; n <= Math.min(RETENTION_CURVE_DAYS, to - from); n++) {
				long size = 0;
				long returned = 0;
				for (int day = from; day + n <= to; day++) {
					var first = cohorts.get(day - from);
					size += first.getLongCardinality();
					returned += RoaringBitmap.andCardinality(first, users(day + n));
				}
				curve.add(new RetentionPoint(n, size, returned, share(returned, size)));
			}
		}
		return new Retention(days, cohort, onDay, onOrAfter, share(onDay, cohort), share(onOrAfter, cohort), curve);
	}

	/**
	 * Per day of the range, the people whose first use of the feature ever is that day.
	 */
	private List<RoaringBitmap> cohorts(int from, int to) {
		var first = firstDay();
		var seen = first == null || first >= from ? new RoaringBitmap() : usersBetween(first, from - 1);
		var cohorts = new ArrayList<RoaringBitmap>(to - from + 1);
		for (int day = from; day <= to; day++) {
			var users = users(day);
			cohorts.add(RoaringBitmap.andNot(users, seen));
			seen.or(users);
		}
		return cohorts;
	}

	/**
	 * Days from the release day to first use on or after it, for the people active in the
	 * 30 days before the release day, counting uses up to {@code to}.
	 */
	TimeToFirstUse timeToFirstUse(int release, int to) {
		var waiting = activeBetween(release - ACTIVE_AT_RELEASE_DAYS, release - 1);
		var cohort = waiting.getLongCardinality();
		var firstUses = new ArrayList<Long>();
		for (int day = release; day <= to && !waiting.isEmpty(); day++) {
			var users = users(day);
			var started = RoaringBitmap.andCardinality(waiting, users);
			firstUses.add((long) started);
			if (started > 0) {
				waiting.andNot(users);
			}
		}
		long used = firstUses.stream().mapToLong(Long::longValue).sum();
		return new TimeToFirstUse(LocalDate.ofEpochDay(release), cohort, used, percentile(firstUses, used, 50),
				percentile(firstUses, used, 75));
	}

	/**
	 * Nearest-rank percentile of days given how many people started on each day: the
	 * first day by which at least p % of them had started.
	 */
	private static Integer percentile(List<Long> startedPerDay, long total, int percent) {
		if (total == 0) {
			return null;
		}
		long rank = (total * percent + 99) / 100;
		long cumulative = 0;
		for (int day = 0; day < startedPerDay.size(); day++) {
			cumulative += startedPerDay.get(day);
			if (cumulative >= rank) {
				return day;
			}
		}
		throw new IllegalStateException("percentile beyond the counted days");
	}

	Frequency frequency(int from, int to) {
		long events = 0;
		long activeDays = 0;
		for (int day = from; day <= to; day++) {
			events += events(day);
			activeDays += users(day).getLongCardinality();
		}
		var users = featureUserCount(from, to);
		return new Frequency(users, events, activeDays, share(events, users), share(activeDays, users));
	}

	/**
	 * The cumulative adoption rate since release: for each day {@code k} from 0, the rate
	 * over the release day to release day + k, up to {@code to}.
	 */
	List<CurvePoint> adoptionCurve(int release, int to) {
		var points = new ArrayList<CurvePoint>();
		var users = new RoaringBitmap();
		var everyone = new RoaringBitmap();
		for (int day = release; day <= to; day++) {
			users.or(users(day));
			everyone.or(activeOn(day));
			var adoption = Adoption.of(RoaringBitmap.andCardinality(users, everyone), everyone.getLongCardinality());
			points.add(new CurvePoint(day - release, LocalDate.ofEpochDay(day), adoption.adopters(),
					adoption.activeUsers(), adoption.rate()));
		}
		return points;
	}

	private static Double share(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
