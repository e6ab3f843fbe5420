package dev.tandem.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Component;

/**
 * Every usage rollup in memory, so adoption queries never go to the database per day: per
 * event name, a {@link DaySeries} for each source and one merged over all sources
 * (bitmaps OR-ed, counts added). Loaded from {@link UsageRollups} at the first refresh,
 * then kept up to date with the rows written after the watermark it has seen; a refresh
 * with nothing new costs one single-row query. Readers get an immutable snapshot, so a
 * query never sees half a refresh.
 */
@Component
class AdoptionIndex {

	private final UsageRollups rollups;

	private volatile Snapshot snapshot = Snapshot.EMPTY;

	AdoptionIndex(UsageRollups rollups) {
		this.rollups = rollups;
	}

	/** An index of the given rows, without a database (tests, benchmarks). */
	static AdoptionIndex of(List<DayRollup> rows) {
		var index = new AdoptionIndex(null);
		index.apply(rows, rows.stream().mapToLong(DayRollup::changedAt).max().orElse(0));
		return index;
	}

	/**
	 * Loads the rollups written since the last refresh.
	 * @return whether anything changed
	 */
	synchronized boolean refresh() {
		var seen = snapshot.watermark();
		var watermark = rollups.watermark();
		if (watermark == seen && seen > 0) {
			return false;
		}
		var rows = rollups.changedSince(seen);
		if (rows.isEmpty()) {
			if (watermark != seen) {
				snapshot = snapshot.at(watermark);
			}
			return false;
		}
		apply(rows, Math.max(watermark, rows.get(rows.size() - 1).changedAt()));
		return true;
	}

	synchronized void apply(List<DayRollup> rows, long watermark) {
		snapshot = snapshot.with(rows, watermark);
	}

	Snapshot snapshot() {
		return snapshot;
	}

	/**
	 * The rollups as of one watermark: per event, the series of each source and the
	 * series merged over all sources.
	 */
	record Snapshot(long watermark, Map<String, Map<EventSourceId, DaySeries>> bySource,
			Map<String, DaySeries> allSources) {

		static final Snapshot EMPTY = new Snapshot(0, Map.of(), Map.of());

		Snapshot at(long newWatermark) {
			return new Snapshot(newWatermark, bySource, allSources);
		}

		Snapshot with(List<DayRollup> rows, long newWatermark) {
			var changed = new LinkedHashMap<String, Map<EventSourceId, List<DayRollup>>>();
			for (var row : rows) {
				changed.computeIfAbsent(row.eventName(), e -> new LinkedHashMap<>())
					.computeIfAbsent(row.source(), s -> new ArrayList<>())
					.add(row);
			}
			var newBySource = new HashMap<>(bySource);
			var newAll = new HashMap<>(allSources);
			changed.forEach((event, perSource) -> {
				var before = bySource.getOrDefault(event, Map.of());
				var series = new HashMap<>(before);
				var days = new TreeSet<Integer>();
				perSource.forEach((source, sourceRows) -> {
					var cells = series.getOrDefault(source, DaySeries.EMPTY).cells();
					for (var row : sourceRows) {
						var day = (int) row.day().toEpochDay();
						cells.put(day, new DaySeries.Cell(row.users(), row.events()));
						days.add(day);
					}
					series.put(source, DaySeries.of(cells));
				});
				newBySource.put(event, Map.copyOf(series));
				newAll.put(event, merged(series, before.size() > 1 ? allSources.get(event) : null, days));
			});
			return new Snapshot(newWatermark, Map.copyOf(newBySource), Map.copyOf(newAll));
		}

		/**
		 * The series over all sources: the one source's own series when there is one,
		 * else {@code before} with the changed days merged again (all days when there is
		 * no earlier merge).
		 */
		private static DaySeries merged(Map<EventSourceId, DaySeries> series, DaySeries before, Set<Integer> days) {
			if (series.size() == 1) {
				return series.values().iterator().next();
			}
			var cells = before == null ? new HashMap<Integer, DaySeries.Cell>() : before.cells();
			var toMerge = new HashSet<>(days);
			if (before == null) {
				series.values().forEach(s -> toMerge.addAll(s.cells().keySet()));
			}
			for (var day : toMerge) {
				var bitmaps = new ArrayList<RoaringBitmap>();
				long events = 0;
				for (var s : series.values()) {
					var users = s.users(day);
					if (users != null) {
						bitmaps.add(users);
						events += s.events(day);
					}
				}
				cells.put(day, new DaySeries.Cell(FastAggregation.or(bitmaps.iterator()), events));
			}
			return DaySeries.of(cells);
		}

		/** The series of the given events, from one source or from all (null). */
		List<DaySeries> series(Collection<String> events, EventSourceId source) {
			var result = new ArrayList<DaySeries>();
			for (var event : events) {
				var series = source == null ? allSources.get(event)
						: bySource.getOrDefault(event, Map.of()).get(source);
				if (series != null) {
					result.add(series);
				}
			}
			return result;
		}

		/**
		 * Usage of a feature (its events) and of everyone active, from one source or all.
		 */
		FeatureUsage usage(Collection<String> events, EventSourceId source) {
			return new FeatureUsage(series(events, source), series(List.of(UsageRollups.ACTIVE), source));
		}

		/** The event names seen, the pseudo-event of active users left out, sorted. */
		List<String> eventNames() {
			return bySource.keySet().stream().filter(e -> !UsageRollups.ACTIVE.equals(e)).sorted().toList();
		}

		/** The first and last day with anyone active, or null without data. */
		LocalDate firstDay() {
			var active = allSources.get(UsageRollups.ACTIVE);
			return active == null || active.isEmpty() ? null : LocalDate.ofEpochDay(active.firstDay());
		}

		LocalDate lastDay() {
			var active = allSources.get(UsageRollups.ACTIVE);
			return active == null || active.isEmpty() ? null : LocalDate.ofEpochDay(active.lastDay());
		}

		/**
		 * Bytes taken by the bitmaps (merged series that are not a source's own counted
		 * too).
		 */
		long bitmapBytes() {
			long bytes = 0;
			for (var perSource : bySource.values()) {
				for (var series : perSource.values()) {
					bytes += series.bitmapBytes();
				}
			}
			for (var entry : allSources.entrySet()) {
				if (bySource.getOrDefault(entry.getKey(), Map.of()).size() > 1) {
					bytes += entry.getValue().bitmapBytes();
				}
			}
			return bytes;
		}

		/** How many (source, event, day) rollups the index holds. */
		long rollupCount() {
			return bySource.values().stream().flatMap(m -> m.values().stream()).mapToLong(DaySeries::size).sum();
		}

	}

}
