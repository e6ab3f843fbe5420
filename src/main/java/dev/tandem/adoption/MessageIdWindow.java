package dev.tandem.adoption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * The deduplication window: 64-bit hashes of (source, messageId) with the hour (of the
 * receive time) they were first counted in. A messageId seen again within
 * {@link #WINDOW_HOURS} hours of that is a duplicate. Hours come from the raw rows, not
 * the wall clock, so replaying the raw store gives the same answers. An open-addressing
 * table of primitives, hash and hour side by side so a probe touches one cache line: 16
 * bytes a slot, at most 2/3 full.
 */
final class MessageIdWindow {

	static final int WINDOW_HOURS = 48;

	/** Slot i: hash at 2i (0 = empty), hour at 2i + 1. */
	private long[] slots;

	private int size;

	private int newestHour = Integer.MIN_VALUE;

	/** Entries added since the last {@link #drainNew()}, to persist. */
	private long[] newKeys = new long[1024];

	private int[] newHours = new int[1024];

	private int newCount;

	MessageIdWindow() {
		allocate(1 << 12);
	}

	private void allocate(int capacity) {
		slots = new long[capacity * 2];
		size = 0;
	}

	private int capacity() {
		return slots.length / 2;
	}

	int size() {
		return size;
	}

	/** Whether the message is counted: false for a repeat inside the window. */
	boolean firstSeen(UUID source, String messageId, int hour) {
		var hash = hash(source, messageId);
		if (!put(hash, hour, false)) {
			return false;
		}
		if (newCount == newKeys.length) {
			newKeys = Arrays.copyOf(newKeys, newCount * 2);
			newHours = Arrays.copyOf(newHours, newCount * 2);
		}
		newKeys[newCount] = hash;
		newHours[newCount++] = hour;
		return true;
	}

	/**
	 * Records the hash at the hour; returns false (and changes nothing) when it is
	 * already there within the window, unless {@code restore}.
	 */
	private boolean put(long hash, int hour, boolean restore) {
		if (hour > newestHour) {
			newestHour = hour;
		}
		var capacity = capacity();
		var mask = capacity - 1;
		var i = (int) (hash ^ (hash >>> 32)) & mask;
		while (true) {
			var key = slots[2 * i];
			if (key == 0) {
				slots[2 * i] = hash;
				slots[2 * i + 1] = hour;
				if (++size * 3 > capacity * 2) {
					rehash();
				}
				return true;
			}
			if (key == hash) {
				var seen = (int) slots[2 * i + 1];
				if (!restore && hour - seen <= WINDOW_HOURS) {
					return false;
				}
				slots[2 * i + 1] = Math.max(seen, hour);
				return true;
			}
			i = (i + 1) & mask;
		}
	}

	/**
	 * Grows the table, leaving out entries that no event can hit any more (older than the
	 * window before the newest hour seen).
	 */
	private void rehash() {
		var old = slots;
		var live = 0;
		var oldest = newestHour - WINDOW_HOURS - 1;
		for (var i = 0; i < old.length; i += 2) {
			if (old[i] != 0 && old[i + 1] >= oldest) {
				live++;
			}
		}
		var capacity = Integer.highestOneBit(Math.max(live * 3, 1 << 12)) * 2;
		allocate(capacity);
		for (var i = 0; i < old.length; i += 2) {
			if (old[i] != 0 && old[i + 1] >= oldest) {
				put(old[i], (int) old[i + 1], true);
			}
		}
	}

	/** The entries added since the last call, as 12-byte (hash, hour) records. */
	byte[] drainNew() {
		var oldest = newestHour - WINDOW_HOURS - 1;
		var buffer = ByteBuffer.allocate(newCount * 12);
		for (var i = 0; i < newCount; i++) {
			if (newHours[i] >= oldest) {
				buffer.putLong(newKeys[i]).putInt(newHours[i]);
			}
		}
		newCount = 0;
		return java.util.Arrays.copyOf(buffer.array(), buffer.position());
	}

	boolean hasNew() {
		return newCount > 0;
	}

	int newestHour() {
		return newestHour;
	}

	/** Restores entries persisted by {@link #drainNew()}. */
	void restore(byte[] entries) {
		var buffer = ByteBuffer.wrap(entries);
		while (buffer.remaining() >= 12) {
			put(buffer.getLong(), buffer.getInt(), true);
		}
	}

	static long hash(UUID source, String messageId) {
		var h = source.getMostSignificantBits() * 0x9E3779B97F4A7C15L ^ source.getLeastSignificantBits();
		var bytes = messageId.getBytes(StandardCharsets.UTF_8);
		for (var b : bytes) {
			h = (h ^ (b & 0xff)) * 0x100000001B3L;
			h ^= h >>> 31;
		}
		h ^= bytes.length;
		// murmur3's finaliser spreads every input bit over the whole hash
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}

}
