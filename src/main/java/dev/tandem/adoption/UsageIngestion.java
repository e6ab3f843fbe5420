package dev.tandem.adoption;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts usage events into the raw store. A request becomes one row (all its accepted
 * events, deflated) plus one row per rejected event, in one short transaction: when
 * {@code accept} returns, every accepted event is committed. Deduplication and identity
 * happen later, in sequence order, in the {@link RollupWorker}.
 */
@Service
public class UsageIngestion {

	/** In-process calls are stored in rows of at most this many events. */
	static final int EVENTS_PER_ROW = 1000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	private final Clock clock;

	UsageIngestion(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * How many events of a request were stored, and how many were rejected (stored too).
	 */
	public record Accepted(int accepted, int rejected) {
	}

	/**
	 * Parses a request received on the wire and stores it.
	 * @throws InvalidPayloadException when the request as a whole is refused (nothing is
	 * stored)
	 */
	public Accepted accept(EventSourceId source, IngestionCall call, byte[] body) {
		var receivedAt = clock.instant();
		var parsed = EventPayloads.parse(call, body, receivedAt);
		store(source, receivedAt, List.of(parsed.accepted()), parsed.shared(), parsed.rejected());
		return new Accepted(parsed.accepted().size(), parsed.rejected().size());
	}

	/**
	 * Stores events sent from inside the application (the demo, imports), validated like
	 * those on the wire: invalid ones are kept as rejected events with their reason.
	 */
	public Accepted accept(EventSourceId source, List<UsageEvent> events) {
		var receivedAt = clock.instant();
		var received = receivedAt.toEpochMilli();
		var rows = new ArrayList<List<RawEvent>>();
		var rejected = new ArrayList<EventPayloads.Rejected>();
		var row = new ArrayList<RawEvent>();
		for (var event : events) {
			var text = json(event);
			var reason = problem(event, received);
			if (reason != null) {
				rejected.add(new EventPayloads.Rejected(reason, new String(text, StandardCharsets.UTF_8)));
				continue;
			}
			row.add(new RawEvent(event.kind(), event.messageId(), event.userId(), event.anonymousId(),
					event.previousId(), event.kind() == UsageEvent.Kind.TRACK ? event.event() : null,
					event.timestamp() == null ? received : event.timestamp().toEpochMilli(), text));
			if (row.size() == EVENTS_PER_ROW) {
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		store(source, receivedAt, rows, null, rejected);
		return new Accepted(events.size() - rejected.size(), rejected.size());
	}

	private void store(EventSourceId source, Instant receivedAt, List<List<RawEvent>> rows, byte[] shared,
			List<EventPayloads.Rejected> rejected) {
		var payloads = new ArrayList<byte[]>(rows.size());
		for (var events : rows) {
			if (!events.isEmpty()) {
				payloads.add(RawBatch.encode(events, shared));
			}
		}
		if (payloads.isEmpty() && rejected.isEmpty()) {
			return;
		}
		var at = Timestamp.from(receivedAt);
		transactions.executeWithoutResult(status -> {
			var i = 0;
			for (var events : rows) {
				if (events.isEmpty()) {
					continue;
				}
				jdbc.sql("""
						INSERT INTO usage_raw (source_id, received_at, events, payload)
						VALUES (:source, :at, :events, :payload)""")
					.param("source", source.value())
					.param("at", at)
					.param("events", events.size())
					.param("payload", payloads.get(i++))
					.update();
			}
			template.batchUpdate("""
					INSERT INTO usage_rejected (source_id, received_at, reason, event) VALUES (?, ?, ?, ?)""", rejected,
					500, (ps, refused) -> {
						ps.setObject(1, source.value());
						ps.setTimestamp(2, at);
						ps.setString(3, refused.reason());
						ps.setString(4, refused.event());
					});
		});
	}

	private static String problem(UsageEvent event, long received) {
		if (event.kind() == null) {
			return "kind is required";
		}
		if (event.kind() == UsageEvent.Kind.ALIAS) {
			if (blank(event.userId()) || blank(event.previousId())) {
				return "userId and previousId are required for alias";
			}
		}
		else if (blank(event.userId()) && blank(event.anonymousId())) {
			return "userId or anonymousId is required";
		}
		for (var id : new String[] { event.userId(), event.anonymousId(), event.previousId() }) {
			if (id != null && id.length() > EventPayloads.MAX_ID) {
				return "ids must be at most " + EventPayloads.MAX_ID + " characters";
			}
		}
		if (event.kind() == UsageEvent.Kind.TRACK) {
			if (blank(event.event())) {
				return "event is required for track";
			}
			if (event.event().length() > EventPayloads.MAX_NAME) {
				return "event is longer than " + EventPayloads.MAX_NAME + " characters";
			}
		}
		if (event.timestamp() != null) {
			var at = event.timestamp().toEpochMilli();
			if (at < EventPayloads.EARLIEST) {
				return "timestamp is before 2000";
			}
			if (at > received + EventPayloads.MAX_AHEAD_MILLIS) {
				return "timestamp is more than a day ahead of the time it was received";
			}
		}
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** The event in Segment's JSON, as the raw store keeps it. */
	private static byte[] json(UsageEvent event) {
		var map = new HashMap<String, Object>();
		map.put("type", event.kind() == null ? null : event.kind().wire());
		putIf(map, "userId", event.userId());
		putIf(map, "anonymousId", event.anonymousId());
		putIf(map, "previousId", event.previousId());
		putIf(map, "event", event.event());
		putIf(map, "messageId", event.messageId());
		putIf(map, "timestamp", event.timestamp() == null ? null : event.timestamp().toString());
		if (event.properties() != null) {
			map.put(event.kind() == UsageEvent.Kind.IDENTIFY ? "traits" : "properties", event.properties());
		}
		return json.writeValueAsBytes(map);
	}

	private static void putIf(HashMap<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
