package dev.tandem.adoption;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.roaringbitmap.RoaringBitmap;

/**
 * The rollups of one event (or of one feature's events merged) day after day, as sorted
 * arrays so a day is found by binary search. Immutable: its bitmaps are shared with
 * readers, who must never change them.
 */
final class DaySeries {

	static final DaySeries EMPTY = new DaySeries(new int[0], new RoaringBitmap[0], new long[0]);

	private final int[] days;

	private final RoaringBitmap[] users;

	private final long[] events;

	private DaySeries(int[] days, RoaringBitmap[] users, long[] events) {
		this.days = days;
		this.users = users;
		this.events = events;
	}

	/** A series from day (epoch day) → cell. */
	static DaySeries of(Map<Integer, Cell> cells) {
		var sorted = new TreeMap<>(cells);
		var days = new int[sorted.size()];
		var users = new RoaringBitmap[sorted.size()];
		var events = new long[sorted.size()];
		int i = 0;
		for (var e : sorted.entrySet()) {
			days[i] = e.getKey();
			users[i] = e.getValue().users();
			events[i] = e.getValue().events();
			i++;
		}
		return new DaySeries(days, users, events);
	}

	/** One day's users and event count. */
	record Cell(RoaringBitmap users, long events) {
	}

	/** The cells by epoch day, to build a changed copy. */
	Map<Integer, Cell> cells() {
		var cells = new TreeMap<Integer, Cell>();
		for (int i = 0; i < days.length; i++) {
			cells.put(days[i], new Cell(users[i], events[i]));
		}
		return cells;
	}

	/** The users of a day (epoch day), null when nobody sent the event that day. */
	RoaringBitmap users(int day) {
		int i = Arrays.binarySearch(days, day);
		return i < 0 ? null : users[i];
	}

	long events(int day) {
		int i = Arrays.binarySearch(days, day);
		return i < 0 ? 0 : events[i];
	}

	boolean isEmpty() {
		return days.length == 0;
	}

	int firstDay() {
		return days[0];
	}

	int lastDay() {
		return days[days.length - 1];
	}

	/** Bytes the bitmaps take in memory. */
	long bitmapBytes() {
		long bytes = 0;
		for (var bitmap : users) {
			bytes += bitmap.getLongSizeInBytes();
		}
		return bytes;
	}

	int size() {
		return days.length;
	}

}
