package dev.tandem.adoption;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;

/**
 * Maintains the rollups ({@link UsageRollups}) from the raw store. It tails raw rows by
 * sequence number, deduplicates on messageId, resolves identities and adds each event's
 * user to the bitmap of its (source, event name, UTC day) and to {@code $active}; then it
 * writes the touched rollup rows, new identities, the new part of the deduplication
 * window and its watermark in one transaction. It keeps everything it needs in memory and
 * reloads it when the stored generation is not the one it wrote last (another node, a
 * rebuild, a failed transaction).
 * <p>
 * One worker is active per database: every step locks the state row
 * ({@code SELECT … FOR UPDATE}) and holds a lease in it, so a second node waits until the
 * lease runs out. Raw rows commit out of sequence order under concurrency, so the worker
 * stops at a missing sequence number until it has been missing for a grace period (a
 * rolled-back insert); a row that still commits later is picked up then.
 */
@Component
public class RollupWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RollupWorker.class);

	/** The source id of the empty raw rows a rebuild appends as its end marker. */
	static final UUID MARKER_SOURCE = new UUID(0, 0);

	private static final Duration GAP_RETENTION = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean enabled;

	private final Duration interval;

	private final Duration gapGrace;

	private final int chunkRows;

	private final Duration lease;

	private final String owner = "worker-" + UUID.randomUUID();

	private Memory memory;

	private final Map<Long, Long> gapFirstSeen = new HashMap<>();

	private volatile Thread thread;

	private volatile boolean running;

	RollupWorker(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager,
			AuditTrail audit, Clock clock, @Value("${tandem.adoption.rollup.enabled:true}") boolean enabled,
			@Value("${tandem.adoption.rollup.interval:200ms}") Duration interval,
			@Value("${tandem.adoption.rollup.gap-grace:10s}") Duration gapGrace,
			@Value("${tandem.adoption.rollup.chunk-rows:1000}") int chunkRows,
			@Value("${tandem.adoption.rollup.lease:30s}") Duration lease) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.clock = clock;
		this.enabled = enabled;
		this.interval = interval;
		this.gapGrace = gapGrace;
		this.chunkRows = chunkRows;
		this.lease = lease;
	}

	/**
	 * How far the rollups are behind the raw store.
	 *
	 * @param watermark the sequence number of the last raw row included
	 * @param pendingRequests raw rows (requests) not rolled up yet
	 * @param pendingEvents events in those rows
	 * @param oldestPendingAt when the oldest of them was received (null when none)
	 * @param lagSeconds how long the oldest has waited (0 when none)
	 * @param skipped sequence numbers passed without a row, still watched for a late
	 * commit
	 */
	public record RollupStatus(long watermark, long pendingRequests, long pendingEvents, Instant oldestPendingAt,
			long lagSeconds, Instant updatedAt, long skipped, boolean running) {
	}

	// ---------------------------------------------------------------- the loop

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		running = true;
		var worker = new Thread(this::loop, "usage-rollup-worker");
		worker.setDaemon(true);
		thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		running = false;
		var worker = thread;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
		releaseLease();
	}

	/**
	 * Lets another node (or this one, restarted) take over at once instead of after the
	 * lease.
	 */
	private void releaseLease() {
		try {
			transactions.executeWithoutResult(status -> jdbc
				.sql("UPDATE usage_rollup_state SET lease_until = NULL WHERE id = 1 AND lease_owner = :owner")
				.param("owner", owner)
				.update());
		}
		catch (RuntimeException e) {
			log.debug("Could not release the rollup lease: {}", e.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			try {
				if (runOnce() <= 0) {
					Thread.sleep(interval.toMillis());
				}
			}
			catch (InterruptedException e) {
				return;
			}
			catch (RuntimeException e) {
				if (!running) {
					return;
				}
				log.warn("Rollup step failed; retrying in 5 s: {}", e.toString());
				try {
					Thread.sleep(5_000);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	/**
	 * Rolls up one chunk of raw rows. Returns how many rows it included, 0 when it had
	 * nothing to do, -1 when another node's worker holds the lease.
	 */
	public synchronized int runOnce() {
		try {
			return transactions.execute(status -> step());
		}
		catch (RuntimeException e) {
			memory = null;
			throw e;
		}
	}

	/**
	 * Runs until every committed raw row is rolled up (for tests, the demo and after bulk
	 * loads); waits out a missing sequence number for the grace period.
	 */
	public RollupStatus runToCompletion() {
		var deadline = System.nanoTime() + gapGrace.toNanos() * 3 + Duration.ofMinutes(2).toNanos();
		while (true) {
			var included = runOnce();
			if (included > 0) {
				continue;
			}
			var status = status();
			if (status.pendingRequests() == 0) {
				return status;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("rollups did not catch up: " + status);
			}
			try {
				Thread.sleep(included < 0 ? 500 : 20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** How far behind the rollups are. */
	public RollupStatus status() {
		var state = jdbc.sql("SELECT watermark, updated_at FROM usage_rollup_state WHERE id = 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant() })
			.single();
		var watermark = (long) state[0];
		var pending = jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(events), 0), MIN(received_at) FROM usage_raw WHERE seq > :watermark""")
			.param("watermark", watermark)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3) })
			.single();
		var skipped = jdbc.sql("SELECT COUNT(*) FROM usage_rollup_gap").query(Long.class).single();
		var oldest = pending[2] == null ? null : ((Timestamp) pending[2]).toInstant();
		var lag = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
		return new RollupStatus(watermark, (long) pending[0], (long) pending[1], oldest, lag, (Instant) state[1],
				skipped, running);
	}

	// ---------------------------------------------------------------- one step

	private record State(long watermark, long generation, String leaseOwner, Instant leaseUntil) {
	}

	private record RawRow(long seq, UUID source, Instant receivedAt, byte[] payload) {
	}

	private State lockState() {
		return jdbc
			.sql("""
					SELECT watermark, generation, lease_owner, lease_until FROM usage_rollup_state WHERE id = 1 FOR UPDATE""")
			.query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.single();
	}

	private int step() {
		var state = lockState();
		var now = clock.instant();
		if (state.leaseOwner() != null && !state.leaseOwner().equals(owner) && state.leaseUntil() != null
				&& state.leaseUntil().isAfter(now)) {
			return -1;
		}
		if (memory == null || memory.generation != state.generation()) {
			memory = load(state);
		}
		var started = System.nanoTime();
		var rows = rawRows("seq > :after ORDER BY seq", memory.watermark, chunkRows);
		var read = System.nanoTime();
		var take = new ArrayList<RawRow>();
		var skipped = new ArrayList<Long>();
		var expected = memory.watermark + 1;
		var nanos = System.nanoTime();
		for (var row : rows) {
			if (row.seq() > expected) {
				var first = gapFirstSeen.computeIfAbsent(expected, k -> nanos);
				if (nanos - first < gapGrace.toNanos()) {
					break;
				}
				for (var seq = expected; seq < row.seq() && skipped.size() < 10_000; seq++) {
					skipped.add(seq);
				}
			}
			take.add(row);
			expected = row.seq() + 1;
		}
		if (take.isEmpty()) {
			return 0;
		}
		var resolved = new ArrayList<Long>();
		if (!memory.gaps.isEmpty()) {
			var late = jdbc.sql("""
					SELECT seq, source_id, received_at, payload FROM usage_raw WHERE seq IN (:seqs) ORDER BY seq""")
				.param("seqs", List.copyOf(memory.gaps.keySet()).subList(0, Math.min(memory.gaps.size(), 1000)))
				.query((rs, n) -> new RawRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
						rs.getBytes(4)))
				.list();
			for (var row : late) {
				memory.apply(row);
				memory.gaps.remove(row.seq());
				resolved.add(row.seq());
			}
			var expiry = now.minus(GAP_RETENTION);
			memory.gaps.entrySet().removeIf(gap -> {
				if (gap.getValue().isBefore(expiry)) {
					resolved.add(gap.getKey());
					return true;
				}
				return false;
			});
		}
		for (var row : take) {
			memory.apply(row);
		}
		for (var seq : skipped) {
			memory.gaps.put(seq, now);
		}
		var watermark = take.get(take.size() - 1).seq();
		var processed = System.nanoTime();
		write(memory, watermark, state.generation() + 1, skipped, resolved, false);
		if (log.isDebugEnabled()) {
			log.debug("Rolled up {} rows to {}: read {} ms, process {} ms, write {} ms; {} message ids in the window",
					take.size(), watermark, (read - started) / 1_000_000, (processed - read) / 1_000_000,
					(System.nanoTime() - processed) / 1_000_000, memory.window.size());
		}
		memory.watermark = watermark;
		memory.generation = state.generation() + 1;
		gapFirstSeen.keySet().removeIf(seq -> seq <= watermark);
		return take.size() + resolved.size();
	}

	private List<RawRow> rawRows(String condition, long after, int limit) {
		return jdbc
			.sql("SELECT seq, source_id, received_at, payload FROM usage_raw WHERE " + condition + " LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> new RawRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
					rs.getBytes(4)))
			.list();
	}

	// ---------------------------------------------------------------- rebuild

	/**
	 * Rebuilds every rollup, identity and the deduplication window from the raw store, in
	 * sequence order, and replaces the stored ones in one transaction. An empty raw row
	 * appended first marks the end, so the watermark moves forward and readers reload
	 * every row.
	 */
	public synchronized RollupStatus rebuild() {
		var key = new GeneratedKeyHolder();
		transactions.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO usage_raw (source_id, received_at, events, payload) VALUES (:source, :at, 0, :payload)""")
			.param("source", MARKER_SOURCE)
			.param("at", Timestamp.from(clock.instant()))
			.param("payload", RawBatch.encode(List.of(), null))
			.update(key, "seq"));
		var marker = key.getKeyAs(Number.class).longValue();
		try {
			transactions.executeWithoutResult(status -> {
				var state = lockState();
				var fresh = new Memory();
				var now = clock.instant();
				var expected = 1L;
				var after = 0L;
				while (after < marker) {
					var rows = rawRows("seq > :after AND seq <= " + marker + " ORDER BY seq", after, 1000);
					if (rows.isEmpty()) {
						break;
					}
					for (var row : rows) {
						for (var seq = expected; seq < row.seq() && fresh.gaps.size() < 10_000; seq++) {
							fresh.gaps.put(seq, now);
						}
						fresh.apply(row);
						expected = row.seq() + 1;
						after = row.seq();
					}
				}
				for (var table : List.of("usage_rollup", "usage_identity", "usage_identity_merge", "usage_dedupe",
						"usage_source_stats", "usage_rollup_gap")) {
					jdbc.sql("DELETE FROM " + table).update();
				}
				fresh.rows.values().forEach(row -> row.dirty = true);
				fresh.stats.values().forEach(stats -> stats.dirty = true);
				write(fresh, marker, state.generation() + 1, List.copyOf(fresh.gaps.keySet()), List.of(), true);
				fresh.watermark = marker;
				fresh.generation = state.generation() + 1;
				audit.record(Subject.of("usage-rollups", "all"), "rollups.rebuilt",
						"Rebuilt the usage rollups from the raw store up to sequence " + marker, null, null);
				memory = fresh;
			});
		}
		catch (RuntimeException e) {
			memory = null;
			throw e;
		}
		gapFirstSeen.clear();
		return status();
	}

	// ---------------------------------------------------------------- storage

	private Memory load(State state) {
		var loaded = new Memory();
		loaded.watermark = state.watermark();
		loaded.generation = state.generation();
		jdbc.sql("SELECT source_id, event_name, day_utc, users, events FROM usage_rollup").query(rs -> {
			var row = new Row(UsageRollups.bitmap(rs.getBytes(4)), rs.getLong(5));
			row.stored = true;
			loaded.rows.put(new Key(rs.getObject(1, UUID.class), rs.getString(2),
					(int) rs.getObject(3, LocalDate.class).toEpochDay()), row);
		});
		jdbc.sql("SELECT external_id, dense_id FROM usage_identity").query(rs -> {
			loaded.identities.restore(rs.getString(1), rs.getInt(2));
		});
		jdbc.sql("SELECT merged_id, into_id FROM usage_identity_merge").query(rs -> {
			loaded.identities.restoreMerge(rs.getInt(1), rs.getInt(2));
		});
		jdbc.sql("SELECT entries FROM usage_dedupe ORDER BY upto_seq").query(rs -> {
			loaded.window.restore(rs.getBytes(1));
		});
		loaded.window.drainNew();
		jdbc.sql("SELECT source_id, events, duplicates, last_event_at FROM usage_source_stats").query(rs -> {
			var stats = new Stats();
			stats.events = rs.getLong(2);
			stats.duplicates = rs.getLong(3);
			stats.last = rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant();
			stats.stored = true;
			loaded.stats.put(rs.getObject(1, UUID.class), stats);
		});
		jdbc.sql("SELECT seq, skipped_at FROM usage_rollup_gap").query(rs -> {
			loaded.gaps.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
		});
		log.info("Rollup worker loaded {} rollup rows, {} identities, {} message ids at watermark {}",
				loaded.rows.size(), loaded.identities.size(), loaded.window.size(), loaded.watermark);
		return loaded;
	}

	private void write(Memory m, long watermark, long generation, List<Long> skipped, List<Long> resolved,
			boolean everything) {
		if (m.identities.merged()) {
			for (var row : m.rows.values()) {
				if (m.identities.rewrite(row.users)) {
					row.dirty = true;
				}
			}
		}
		var changes = m.identities.drain();
		template.batchUpdate("INSERT INTO usage_identity (external_id, dense_id) VALUES (?, ?)", changes.ids(), 1000,
				(ps, id) -> {
					ps.setString(1, id.getKey());
					ps.setInt(2, id.getValue());
				});
		template.batchUpdate("INSERT INTO usage_identity_merge (merged_id, into_id, merged_at) VALUES (?, ?, ?)",
				changes.merges(), 1000, (ps, merge) -> {
					ps.setInt(1, merge[0]);
					ps.setInt(2, merge[1]);
					ps.setLong(3, watermark);
				});
		var inserts = new ArrayList<Map.Entry<Key, Row>>();
		var updates = new ArrayList<Map.Entry<Key, Row>>();
		for (var entry : m.rows.entrySet()) {
			if (entry.getValue().dirty) {
				(entry.getValue().stored ? updates : inserts).add(entry);
			}
		}
		template.batchUpdate("""
				UPDATE usage_rollup SET users = ?, events = ?, changed_at = ?
				WHERE source_id = ? AND event_name = ? AND day_utc = ?""", updates, 200, (ps, entry) -> {
			ps.setBytes(1, serialise(entry.getValue().users));
			ps.setLong(2, entry.getValue().events);
			ps.setLong(3, watermark);
			ps.setObject(4, entry.getKey().source());
			ps.setString(5, entry.getKey().event());
			ps.setObject(6, LocalDate.ofEpochDay(entry.getKey().day()));
		});
		template.batchUpdate("""
				INSERT INTO usage_rollup (source_id, event_name, day_utc, users, events, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)""", inserts, 200, (ps, entry) -> {
			ps.setObject(1, entry.getKey().source());
			ps.setString(2, entry.getKey().event());
			ps.setObject(3, LocalDate.ofEpochDay(entry.getKey().day()));
			ps.setBytes(4, serialise(entry.getValue().users));
			ps.setLong(5, entry.getValue().events);
			ps.setLong(6, watermark);
		});
		for (var row : m.rows.values()) {
			row.stored |= row.dirty;
			row.dirty = false;
		}
		if (m.window.hasNew()) {
			jdbc.sql("INSERT INTO usage_dedupe (upto_seq, newest_hour, entries) VALUES (:seq, :hour, :entries)")
				.param("seq", watermark)
				.param("hour", m.window.newestHour())
				.param("entries", m.window.drainNew())
				.update();
			if (m.window.newestHour() != m.prunedAtHour) {
				jdbc.sql("DELETE FROM usage_dedupe WHERE newest_hour < :oldest")
					.param("oldest", m.window.newestHour() - MessageIdWindow.WINDOW_HOURS - 1)
					.update();
				m.prunedAtHour = m.window.newestHour();
			}
		}
		for (var entry : m.stats.entrySet()) {
			var stats = entry.getValue();
			if (!stats.dirty) {
				continue;
			}
			var at = stats.last == null ? null : Timestamp.from(stats.last);
			if (stats.stored) {
				template
					.update("""
							UPDATE usage_source_stats SET events = ?, duplicates = ?, last_event_at = ? WHERE source_id = ?""",
							stats.events, stats.duplicates, at, entry.getKey());
			}
			else {
				template
					.update("""
							INSERT INTO usage_source_stats (source_id, events, duplicates, last_event_at) VALUES (?, ?, ?, ?)""",
							entry.getKey(), stats.events, stats.duplicates, at);
			}
			stats.stored = true;
			stats.dirty = false;
		}
		var now = Timestamp.from(clock.instant());
		template.batchUpdate("INSERT INTO usage_rollup_gap (seq, skipped_at) VALUES (?, ?)", skipped, 1000,
				(ps, seq) -> {
					ps.setLong(1, seq);
					ps.setTimestamp(2, now);
				});
		template.batchUpdate("DELETE FROM usage_rollup_gap WHERE seq = ?", resolved, 1000,
				(ps, seq) -> ps.setLong(1, seq));
		jdbc.sql("""
				UPDATE usage_rollup_state SET watermark = :watermark, generation = :generation, updated_at = :now,
				       lease_owner = :owner, lease_until = :until
				WHERE id = 1""")
			.param("watermark", watermark)
			.param("generation", generation)
			.param("now", now)
			.param("owner", owner)
			.param("until", Timestamp.from(clock.instant().plus(lease)))
			.update();
	}

	static byte[] serialise(RoaringBitmap users) {
		users.runOptimize();
		var buffer = ByteBuffer.allocate(users.serializedSizeInBytes());
		users.serialize(buffer);
		return buffer.array();
	}

	// ---------------------------------------------------------------- memory

	private record Key(UUID source, String event, int day) {
	}

	private static final class Row {

		final RoaringBitmap users;

		long events;

		UUID source;

		String event;

		int day;

		boolean stored;

		boolean dirty;

		Row(RoaringBitmap users, long events) {
			this.users = users;
			this.events = events;
		}

	}

	private static final class Stats {

		long events;

		long duplicates;

		Instant last;

		boolean stored;

		boolean dirty;

	}

	/** Everything the worker holds between steps; replaced wholesale when stale. */
	private static final class Memory {

		long watermark;

		long generation = -1;

		int prunedAtHour = Integer.MIN_VALUE;

		final Map<Key, Row> rows = new HashMap<>();

		final IdentityGraph identities = new IdentityGraph();

		final MessageIdWindow window = new MessageIdWindow();

		final Map<UUID, Stats> stats = new HashMap<>();

		final TreeMap<Long, Instant> gaps = new TreeMap<>();

		/** The row the previous event went to: runs of one event name are common. */
		private Row last;

		void apply(RawRow raw) {
			if (raw.source().equals(MARKER_SOURCE)) {
				return;
			}
			var source = raw.source();
			var hour = (int) Math.floorDiv(raw.receivedAt().getEpochSecond(), 3600);
			var stats = this.stats.computeIfAbsent(source, s -> new Stats());
			stats.dirty = true;
			if (stats.last == null || stats.last.isBefore(raw.receivedAt())) {
				stats.last = raw.receivedAt();
			}
			RawBatch.visit(raw.payload(), (kind, messageId, userId, anonymousId, previousId, name, timestamp) -> {
				if (messageId != null && !window.firstSeen(source, messageId, hour)) {
					stats.duplicates++;
					return;
				}
				stats.events++;
				if (kind == UsageEvent.Kind.ALIAS) {
					identities.link(previousId, userId);
					return;
				}
				if (userId != null && anonymousId != null) {
					identities.link(anonymousId, userId);
				}
				var person = identities.resolve(userId != null ? userId : anonymousId);
				var day = (int) Math.floorDiv(timestamp, 86_400_000L);
				var rollup = RawEvent.rollupName(kind, name);
				if (rollup != null) {
					add(source, rollup, day, person);
				}
				if (kind.active()) {
					add(source, UsageRollups.ACTIVE, day, person);
				}
			});
		}

		private void add(UUID source, String event, int day, int person) {
			var row = last;
			if (row == null || row.day != day || !row.event.equals(event) || !row.source.equals(source)) {
				row = rows.computeIfAbsent(new Key(source, event, day), k -> new Row(new RoaringBitmap(), 0));
				row.source = source;
				row.event = event;
				row.day = day;
			}
			row.users.add(person);
			row.events++;
			row.dirty = true;
			if (!UsageRollups.ACTIVE.equals(event)) {
				last = row;
			}
		}

	}

}
