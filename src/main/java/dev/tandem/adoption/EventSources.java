package dev.tandem.adoption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * Event sources and their write keys. A write key is shown once, when it is made; only
 * its SHA-256 is stored (a random 192-bit secret needs no slow hash). A key only lets its
 * holder send events to its source: the ingestion endpoints accept nothing else and no
 * other endpoint accepts a key.
 */
@Service
public class EventSources {

	public static final String KEY_PREFIX = "tdw_";

	static final int MAX_NAME = 100;

	/**
	 * Keys found valid are trusted this long on one node, so a busy SDK costs no query.
	 */
	private static final long CACHE_MILLIS = 5_000;

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final ConcurrentHashMap<String, CachedKey> keys = new ConcurrentHashMap<>();

	private record CachedKey(EventSourceId source, long until) {
	}

	EventSources(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A source as lists show it: what the rollup worker counted, what was rejected.
	 *
	 * @param events events counted in the rollups (duplicates excluded)
	 * @param duplicates repeats of a messageId within the deduplication window
	 * @param rejected events refused inside accepted requests
	 */
	public record SourceSummary(EventSourceId id, String name, String keyPrefix, Instant createdAt,
			Instant keyCreatedAt, Instant revokedAt, long events, long duplicates, long rejected, Instant lastEventAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	/** A new source or key with its secret, which is never shown again. */
	public record CreatedKey(SourceSummary source, String writeKey) {
	}

	/**
	 * An event refused inside an accepted request, with the reason and the event as sent.
	 */
	public record RejectedEvent(long id, Instant receivedAt, String reason, String event) {
	}

	@Transactional
	public CreatedKey create(String name) {
		var clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException("name", "is required");
		}
		if (clean.length() > MAX_NAME) {
			throw new InvalidInputException("name", "must be at most {0} characters", MAX_NAME);
		}
		var id = UUID.randomUUID();
		var key = newKey();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO event_source (id, name, key_hash, key_prefix, created_at, key_created_at)
				VALUES (:id, :name, :hash, :prefix, :now, :now)""")
			.param("id", id)
			.param("name", clean)
			.param("hash", sha256(key))
			.param("prefix", displayPrefix(key))
			.param("now", now)
			.update();
		audit.record(Subject.of("event-source", id), "source.created", "Created event source \"" + clean + "\"", null,
				displayPrefix(key) + "…");
		return new CreatedKey(get(new EventSourceId(id)), key);
	}

	/**
	 * Replaces the source's write key (the old one stops working) and shows the new one.
	 */
	@Transactional
	public CreatedKey rotateKey(EventSourceId source) {
		var before = get(source);
		var key = newKey();
		jdbc.sql("""
				UPDATE event_source SET key_hash = :hash, key_prefix = :prefix, key_created_at = :now, revoked_at = NULL
				WHERE id = :id""")
			.param("hash", sha256(key))
			.param("prefix", displayPrefix(key))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", source.value())
			.update();
		keys.clear();
		audit.record(Subject.of("event-source", source), "source.key-rotated",
				"Rotated the write key of \"" + before.name() + "\"", before.keyPrefix() + "…",
				displayPrefix(key) + "…");
		return new CreatedKey(get(source), key);
	}

	/**
	 * Revokes the source's write key: its events so far stay; new ones are refused with
	 * 401 until the key is rotated.
	 */
	@Transactional
	public SourceSummary revokeKey(EventSourceId source) {
		var before = get(source);
		jdbc.sql("""
				UPDATE event_source SET key_hash = NULL, revoked_at = COALESCE(revoked_at, :now) WHERE id = :id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", source.value())
			.update();
		keys.clear();
		audit.record(Subject.of("event-source", source), "source.key-revoked",
				"Revoked the write key of \"" + before.name() + "\"", before.keyPrefix() + "…", null);
		return get(source);
	}

	@Transactional(readOnly = true)
	public List<SourceSummary> list() {
		return jdbc.sql(SUMMARY + " ORDER BY s.name, s.id").query(EventSources::summary).list();
	}

	@Transactional(readOnly = true)
	public SourceSummary get(EventSourceId source) {
		return jdbc.sql(SUMMARY + " WHERE s.id = :id")
			.param("id", source.value())
			.query(EventSources::summary)
			.optional()
			.orElseThrow(() -> new NotFoundException("event source", source));
	}

	/** The source's most recent rejected events, newest first. */
	@Transactional(readOnly = true)
	public List<RejectedEvent> rejected(EventSourceId source, int limit) {
		get(source);
		return jdbc.sql("""
				SELECT id, received_at, reason, event FROM usage_rejected WHERE source_id = :id
				ORDER BY id DESC LIMIT :limit""")
			.param("id", source.value())
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new RejectedEvent(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
					rs.getString("reason"), rs.getString("event")))
			.list();
	}

	/** The source whose active write key this is, if any. */
	public Optional<EventSourceId> authenticate(String writeKey) {
		if (writeKey == null || !writeKey.startsWith(KEY_PREFIX) || writeKey.length() > 100) {
			return Optional.empty();
		}
		var hash = sha256(writeKey);
		var now = System.currentTimeMillis();
		var cached = keys.get(hash);
		if (cached != null && cached.until() > now) {
			return Optional.of(cached.source());
		}
		var found = jdbc.sql("SELECT id FROM event_source WHERE key_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query((rs, n) -> new EventSourceId(rs.getObject("id", UUID.class)))
			.optional();
		found.ifPresentOrElse(source -> keys.put(hash, new CachedKey(source, now + CACHE_MILLIS)),
				() -> keys.remove(hash));
		return found;
	}

	private static final String SUMMARY = """
			SELECT s.id, s.name, s.key_prefix, s.created_at, s.key_created_at, s.revoked_at,
			       COALESCE(t.events, 0) AS events, COALESCE(t.duplicates, 0) AS duplicates, t.last_event_at,
			       (SELECT COUNT(*) FROM usage_rejected r WHERE r.source_id = s.id) AS rejected
			FROM event_source s LEFT JOIN usage_source_stats t ON t.source_id = s.id""";

	private static SourceSummary summary(ResultSet rs, int row) throws SQLException {
		return new SourceSummary(new EventSourceId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("key_prefix"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("key_created_at")), instant(rs.getTimestamp("revoked_at")),
				rs.getLong("events"), rs.getLong("duplicates"), rs.getLong("rejected"),
				instant(rs.getTimestamp("last_event_at")));
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	/** {@code tdw_} and 192 random bits in URL-safe Base64: 36 characters. */
	static String newKey() {
		var bytes = new byte[24];
		random.nextBytes(bytes);
		return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String displayPrefix(String key) {
		return key.substring(0, 10);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
