package dev.tandem.adoption;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Usage events turned into rollups the way the rollup worker writes them: per (source,
 * event name, UTC day) a bitmap of dense user ids and the event count, plus the
 * pseudo-event {@code $active} with everyone active that day. {@link #write} stores them
 * in the real rollup table and moves the watermark on, as the worker does in one
 * transaction; once ingestion lands, tests can send events instead.
 */
final class UsageFixture {

	private UsageFixture() {
	}

	/** One usage event: who sent which event, from which source, on which UTC day. */
	record Usage(EventSourceId source, String event, LocalDate day, int user) {
	}

	static EventSourceId source() {
		return new EventSourceId(UUID.randomUUID());
	}

	/** The rollups of the events, with {@code changedAt} as their watermark. */
	static List<DayRollup> rollups(List<Usage> events, long changedAt) {
		record Key(EventSourceId source, String event, LocalDate day) {
		}
		var users = new LinkedHashMap<Key, RoaringBitmap>();
		var counts = new LinkedHashMap<Key, Long>();
		for (var e : events) {
			for (var name : List.of(e.event(), UsageRollups.ACTIVE)) {
				var key = new Key(e.source(), name, e.day());
				users.computeIfAbsent(key, k -> new RoaringBitmap()).add(e.user());
				counts.merge(key, 1L, Long::sum);
			}
		}
		var rows = new ArrayList<DayRollup>();
		users.forEach((k, bitmap) -> rows
			.add(new DayRollup(k.source(), k.event(), k.day(), bitmap, counts.get(k), changedAt)));
		return rows;
	}

	/**
	 * Writes the rollups of the events (replacing rows with the same key, so one call
	 * carries every event of the source-days it touches) and advances the watermark, in
	 * one transaction like the worker, without getting in the real worker's way. Rollups
	 * are written directly, not sent as events, because the fixtures use days after
	 * today, which ingestion rightly refuses.
	 * @return the new watermark
	 */
	static long write(JdbcClient jdbc, org.springframework.transaction.support.TransactionTemplate tx,
			RollupWorker worker, List<Usage> events) {
		// The worker owns the watermark: let it finish what is pending, then take a real
		// sequence number (an empty marker row, as a rebuild does) so that raw rows sent
		// later are still after the watermark, and change the generation so that the
		// worker reloads its memory, these rows included.
		worker.runToCompletion();
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		tx.executeWithoutResult(status -> jdbc
			.sql("INSERT INTO usage_raw (source_id, received_at, events, payload) VALUES (:source, :at, 0, :payload)")
			.param("source", RollupWorker.MARKER_SOURCE)
			.param("at", java.sql.Timestamp.from(java.time.Instant.now()))
			.param("payload", RawBatch.encode(List.of(), null))
			.update(key, "seq"));
		long watermark = key.getKeyAs(Number.class).longValue();
		return tx.execute(status -> {
			jdbc.sql("SELECT watermark FROM usage_rollup_state WHERE id = 1 FOR UPDATE").query(Long.class).single();
			jdbc.sql("UPDATE usage_rollup_state SET watermark = :watermark, generation = generation + 1, "
					+ "updated_at = :now WHERE id = 1")
				.param("watermark", watermark)
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			for (var row : rollups(events, watermark)) {
				jdbc.sql(
						"DELETE FROM usage_rollup WHERE source_id = :source AND event_name = :event AND day_utc = :day")
					.param("source", row.source().value())
					.param("event", row.eventName())
					.param("day", row.day())
					.update();
				jdbc.sql("INSERT INTO usage_rollup (source_id, event_name, day_utc, users, events, changed_at) "
						+ "VALUES (:source, :event, :day, :users, :events, :changedAt)")
					.param("source", row.source().value())
					.param("event", row.eventName())
					.param("day", row.day())
					.param("users", bytes(row.users()))
					.param("events", row.events())
					.param("changedAt", watermark)
					.update();
			}
			return watermark;
		});
	}

	static byte[] bytes(RoaringBitmap bitmap) {
		var out = new ByteArrayOutputStream();
		try (var data = new DataOutputStream(out)) {
			bitmap.runOptimize();
			bitmap.serialize(data);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
