package dev.tandem.adoption;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads ingestion requests in Segment's HTTP Tracking API format and PostHog's capture
 * format with a streaming parser, in one pass and without building a tree: each event's
 * fields are picked out and its JSON is kept as the byte slice it was sent as. A batch's
 * top-level {@code context} and {@code integrations} are kept once per request (they
 * apply to every item, whose own keys win, see {@link RawBatch#mergedJson}).
 */
final class EventPayloads {

	static final int MAX_EVENT_BYTES = 32 * 1024;

	static final int MAX_REQUEST_BYTES = 500 * 1024;

	static final int MAX_ID = 255;

	static final int MAX_NAME = 200;

	/** Timestamps before this are refused (a client clock at zero, a unit mix-up). */
	static final long EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

	/** Timestamps further ahead of the receive time than this are refused. */
	static final long MAX_AHEAD_MILLIS = 24L * 3600 * 1000;

	private static final JsonFactory factory = JsonFactory.builder().build();

	private EventPayloads() {
	}

	record Rejected(String reason, String event) {
	}

	/**
	 * The events of one request: accepted, rejected with their reasons, and the batch's
	 * shared {@code {"context":…,"integrations":…}} (null when none).
	 */
	record Parsed(List<RawEvent> accepted, List<Rejected> rejected, byte[] shared) {
	}

	/** The write key in the body: a top-level {@code writeKey} or {@code api_key}. */
	static Optional<String> writeKey(byte[] body) {
		try (var p = factory.createParser(ObjectReadContext.empty(), body)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return Optional.empty();
			}
			String key = null;
			String name;
			while ((name = p.nextName()) != null) {
				var token = p.nextToken();
				if (token == JsonToken.VALUE_STRING && (name.equals("writeKey") || name.equals("api_key"))) {
					key = p.getString();
				}
				else if (token == JsonToken.START_OBJECT && name.equals("properties") && key == null) {
					// posthog-js sends a single event's key as properties.token
					key = tokenIn(p);
				}
				else {
					p.skipChildren();
				}
			}
			return Optional.ofNullable(key);
		}
		catch (JacksonException e) {
			throw new InvalidPayloadException("The body is not valid JSON");
		}
	}

	private static String tokenIn(JsonParser p) {
		String key = null;
		String name;
		while ((name = p.nextName()) != null) {
			if (p.nextToken() == JsonToken.VALUE_STRING && name.equals("token")) {
				key = p.getString();
			}
			else {
				p.skipChildren();
			}
		}
		return key;
	}

	static Parsed parse(IngestionCall call, byte[] body, Instant receivedAt) {
		if (body.length > MAX_REQUEST_BYTES) {
			throw new InvalidPayloadException("The request is larger than 500 KB");
		}
		var posthog = call == IngestionCall.POSTHOG;
		Item top;
		try (var p = factory.createParser(ObjectReadContext.empty(), body)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new InvalidPayloadException("The body must be a JSON object");
			}
			top = readObject(p, body, posthog, true);
			if (p.nextToken() != null) {
				throw new InvalidPayloadException("The body has content after its JSON object");
			}
		}
		catch (JacksonException e) {
			throw new InvalidPayloadException("The body is not valid JSON");
		}
		var accepted = new ArrayList<RawEvent>();
		var rejected = new ArrayList<Rejected>();
		var received = receivedAt.toEpochMilli();
		if (call == IngestionCall.BATCH || (posthog && top.batch != null)) {
			if (top.batch == null) {
				throw new InvalidPayloadException("A batch needs a \"batch\" array");
			}
			var sentAt = top.sentAt;
			for (var item : top.batch) {
				var kind = posthog ? null : UsageEvent.Kind.ofWire(item.type);
				var reason = item.problem != null ? item.problem : posthog ? null
						: kind == null ? "type must be one of track, page, screen, identify, group, alias" : null;
				var event = reason == null ? toEvent(item, kind, posthog, sentAt, received, body) : null;
				if (event instanceof RawEvent ok) {
					accepted.add(ok);
				}
				else {
					rejected.add(new Rejected(reason != null ? reason : (String) event, item.text(body)));
				}
			}
			return new Parsed(accepted, rejected, posthog ? null : shared(top, body));
		}
		if (top.batch != null) {
			throw new InvalidPayloadException("A \"batch\" array belongs on /v1/batch");
		}
		var result = top.problem != null ? top.problem
				: toEvent(top, posthog ? null : call.single(), posthog, null, received, body);
		if (result instanceof RawEvent ok) {
			return new Parsed(List.of(ok), List.of(), null);
		}
		throw new InvalidPayloadException((String) result);
	}

	/** The fields of one JSON object that matter, and where its bytes are. */
	private static final class Item {

		int start;

		int end;

		String type;

		String userId;

		String anonymousId;

		String previousId;

		String event;

		String messageId;

		String timestamp;

		String originalTimestamp;

		String sentAt;

		String problem;

		String alias;

		String anonDistinctId;

		/** Byte ranges of write keys inside the object, left out of the stored JSON. */
		List<int[]> secrets;

		List<Item> batch;

		int[] context;

		int[] integrations;

		void problem(String text) {
			if (problem == null) {
				problem = text;
			}
		}

		void secret(int from, int to) {
			if (secrets == null) {
				secrets = new ArrayList<>(2);
			}
			secrets.add(new int[] { from, to });
		}

		byte[] json(byte[] body) {
			if (secrets == null) {
				return java.util.Arrays.copyOfRange(body, start, end);
			}
			var out = new ByteArrayOutputStream(end - start);
			var at = start;
			for (var range : secrets) {
				if (range[0] < start || range[1] > end) {
					continue;
				}
				out.write(body, at, range[0] - at);
				out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
				at = range[1];
			}
			out.write(body, at, end - at);
			return out.toByteArray();
		}

		String text(byte[] body) {
			return new String(json(body), StandardCharsets.UTF_8);
		}

	}

	private static Item readObject(JsonParser p, byte[] body, boolean posthog, boolean top) {
		var item = new Item();
		item.start = offset(p);
		String name;
		while ((name = p.nextName()) != null) {
			var token = p.nextToken();
			switch (name) {
				case "type" -> item.type = string(p, token, item, "type");
				case "userId" -> item.userId = id(p, token, item, "userId");
				case "anonymousId" -> item.anonymousId = id(p, token, item, "anonymousId");
				case "previousId" -> item.previousId = id(p, token, item, "previousId");
				case "distinct_id" -> item.userId = posthog ? id(p, token, item, "distinct_id") : skip(p);
				case "event" -> item.event = string(p, token, item, "event");
				case "messageId", "uuid" -> item.messageId = string(p, token, item, name);
				case "timestamp" -> item.timestamp = string(p, token, item, "timestamp");
				case "originalTimestamp" -> item.originalTimestamp = string(p, token, item, "originalTimestamp");
				case "sentAt", "sent_at" -> item.sentAt = string(p, token, item, name);
				case "writeKey", "api_key" -> {
					var from = offset(p);
					string(p, token, item, name);
					item.secret(from, (int) p.currentLocation().getByteOffset());
				}
				case "properties" -> {
					if (posthog && token == JsonToken.START_OBJECT) {
						readPostHogProperties(p, item);
					}
					else {
						p.skipChildren();
					}
				}
				case "context", "integrations" -> {
					var from = offset(p);
					p.skipChildren();
					if (top && token == JsonToken.START_OBJECT) {
						var range = new int[] { from, offset(p) + 1 };
						if (name.equals("context")) {
							item.context = range;
						}
						else {
							item.integrations = range;
						}
					}
				}
				case "batch" -> {
					if (top && token == JsonToken.START_ARRAY) {
						item.batch = readBatch(p, body, posthog);
					}
					else {
						p.skipChildren();
					}
				}
				default -> p.skipChildren();
			}
		}
		item.end = offset(p) + 1;
		if (item.end - item.start > MAX_EVENT_BYTES && !top) {
			item.problem = "event is larger than 32 KB";
		}
		else if (top && item.batch == null && item.end - item.start > MAX_EVENT_BYTES) {
			item.problem = "event is larger than 32 KB";
		}
		return item;
	}

	private static void readPostHogProperties(JsonParser p, Item item) {
		String name;
		while ((name = p.nextName()) != null) {
			var token = p.nextToken();
			switch (name) {
				case "distinct_id" -> {
					var id = id(p, token, item, "properties.distinct_id");
					if (item.userId == null) {
						item.userId = id;
					}
				}
				case "$anon_distinct_id" -> item.anonDistinctId = id(p, token, item, "$anon_distinct_id");
				case "alias" -> item.alias = id(p, token, item, "alias");
				case "token" -> {
					var from = offset(p);
					string(p, token, item, "token");
					item.secret(from, (int) p.currentLocation().getByteOffset());
				}
				default -> p.skipChildren();
			}
		}
	}

	private static List<Item> readBatch(JsonParser p, byte[] body, boolean posthog) {
		var items = new ArrayList<Item>();
		JsonToken token;
		while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
			if (token == JsonToken.START_OBJECT) {
				items.add(readObject(p, body, posthog, false));
			}
			else {
				var item = new Item();
				item.start = offset(p);
				p.skipChildren();
				item.end = (int) p.currentLocation().getByteOffset();
				item.problem = "a batch item must be a JSON object";
				items.add(item);
			}
		}
		return items;
	}

	private static int offset(JsonParser p) {
		return (int) p.currentTokenLocation().getByteOffset();
	}

	private static String skip(JsonParser p) {
		p.skipChildren();
		return null;
	}

	private static String string(JsonParser p, JsonToken token, Item item, String field) {
		if (token == JsonToken.VALUE_STRING) {
			return p.getString();
		}
		if (token != JsonToken.VALUE_NULL) {
			item.problem(field + " must be a string");
			p.skipChildren();
		}
		return null;
	}

	/** Ids may be strings or integers (some SDKs send numbers); empty means absent. */
	private static String id(JsonParser p, JsonToken token, Item item, String field) {
		String text = null;
		if (token == JsonToken.VALUE_STRING) {
			text = p.getString();
		}
		else if (token == JsonToken.VALUE_NUMBER_INT) {
			text = p.getString();
		}
		else if (token != JsonToken.VALUE_NULL) {
			item.problem(field + " must be a string");
			p.skipChildren();
		}
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_ID) {
			item.problem(field + " is longer than " + MAX_ID + " characters");
		}
		return text;
	}

	/** A {@link RawEvent}, or the reason (a String) the item is rejected. */
	private static Object toEvent(Item item, UsageEvent.Kind segmentKind, boolean posthog, String batchSentAt,
			long received, byte[] body) {
		var kind = segmentKind;
		var userId = item.userId;
		var anonymousId = item.anonymousId;
		var previousId = item.previousId;
		var name = item.event;
		if (posthog) {
			if (name == null || name.isBlank()) {
				return "event is required";
			}
			if (userId == null) {
				return "distinct_id is required";
			}
			switch (name) {
				case "$identify" -> {
					kind = UsageEvent.Kind.IDENTIFY;
					anonymousId = item.anonDistinctId;
				}
				case "$create_alias" -> {
					kind = UsageEvent.Kind.ALIAS;
					previousId = item.alias;
					if (previousId == null) {
						return "properties.alias is required for $create_alias";
					}
				}
				case "$groupidentify" -> kind = UsageEvent.Kind.GROUP;
				default -> kind = UsageEvent.Kind.TRACK;
			}
		}
		else {
			if (kind == UsageEvent.Kind.ALIAS) {
				if (userId == null) {
					return "userId is required for alias";
				}
				if (previousId == null) {
					return "previousId is required for alias";
				}
			}
			else if (userId == null && anonymousId == null) {
				return "userId or anonymousId is required";
			}
			if (kind == UsageEvent.Kind.TRACK && (name == null || name.isBlank())) {
				return "event is required for track";
			}
		}
		if (kind == UsageEvent.Kind.TRACK && name.length() > MAX_NAME) {
			return "event is longer than " + MAX_NAME + " characters";
		}
		if (kind == UsageEvent.Kind.TRACK && name.equals(UsageRollups.ACTIVE)) {
			return "event " + UsageRollups.ACTIVE + " is reserved";
		}
		long timestamp;
		try {
			timestamp = timestamp(item, batchSentAt, received);
		}
		catch (DateTimeException e) {
			return "timestamp is not an ISO-8601 date-time";
		}
		if (timestamp < EARLIEST) {
			return "timestamp is before 2000";
		}
		if (timestamp > received + MAX_AHEAD_MILLIS) {
			return "timestamp is more than a day ahead of the time it was received";
		}
		return new RawEvent(kind, item.messageId, userId, anonymousId, previousId,
				kind == UsageEvent.Kind.TRACK ? name : null, timestamp, item.json(body));
	}

	/**
	 * Segment's rules: an explicit {@code timestamp} is taken as it is; a device's
	 * {@code originalTimestamp} is corrected for the device clock with {@code sentAt}
	 * (receivedAt − (sentAt − originalTimestamp)); without either, the receive time.
	 */
	static long timestamp(Item item, String batchSentAt, long received) {
		if (item.timestamp != null) {
			return epochMillis(item.timestamp);
		}
		if (item.originalTimestamp != null) {
			var original = epochMillis(item.originalTimestamp);
			var sentAt = item.sentAt != null ? item.sentAt : batchSentAt;
			return sentAt == null ? original : received - (epochMillis(sentAt) - original);
		}
		return received;
	}

	private static byte[] shared(Item top, byte[] body) {
		if (top.context == null && top.integrations == null) {
			return null;
		}
		var out = new ByteArrayOutputStream();
		out.write('{');
		if (top.context != null) {
			out.writeBytes("\"context\":".getBytes(StandardCharsets.US_ASCII));
			out.write(body, top.context[0], top.context[1] - top.context[0]);
		}
		if (top.integrations != null) {
			if (top.context != null) {
				out.write(',');
			}
			out.writeBytes("\"integrations\":".getBytes(StandardCharsets.US_ASCII));
			out.write(body, top.integrations[0], top.integrations[1] - top.integrations[0]);
		}
		out.write('}');
		return out.toByteArray();
	}

	/**
	 * ISO-8601 date-time to epoch milliseconds; the common shape
	 * {@code 2026-03-01T10:15:30(.123…)(Z|±hh:mm)} without a formatter, others through
	 * {@link DateTimeFormatter#ISO_DATE_TIME} (no offset = UTC).
	 */
	static long epochMillis(String text) {
		var fast = fastEpochMillis(text);
		if (fast != Long.MIN_VALUE) {
			return fast;
		}
		var parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
		if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
			return OffsetDateTime.from(parsed).toInstant().toEpochMilli();
		}
		return java.time.LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	private static long fastEpochMillis(String s) {
		var n = s.length();
		if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
				|| s.charAt(13) != ':' || s.charAt(16) != ':') {
			return Long.MIN_VALUE;
		}
		int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
		int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59) {
			return Long.MIN_VALUE;
		}
		var i = 19;
		long millis = 0;
		if (i < n && s.charAt(i) == '.') {
			i++;
			var scale = 100;
			var start = i;
			while (i < n && Character.isDigit(s.charAt(i))) {
				if (scale > 0) {
					millis += (s.charAt(i) - '0') * scale;
					scale /= 10;
				}
				i++;
			}
			if (i == start) {
				return Long.MIN_VALUE;
			}
		}
		int offsetSeconds;
		if (i < n && (s.charAt(i) == 'Z' || s.charAt(i) == 'z') && i + 1 == n) {
			offsetSeconds = 0;
		}
		else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
			var sign = s.charAt(i) == '-' ? -1 : 1;
			int oh, om;
			if (n - i == 6 && s.charAt(i + 3) == ':') {
				oh = digits(s, i + 1, 2);
				om = digits(s, i + 4, 2);
			}
			else if (n - i == 5) {
				oh = digits(s, i + 1, 2);
				om = digits(s, i + 3, 2);
			}
			else {
				return Long.MIN_VALUE;
			}
			if (oh < 0 || oh > 18 || om < 0 || om > 59) {
				return Long.MIN_VALUE;
			}
			offsetSeconds = sign * (oh * 3600 + om * 60);
		}
		else {
			return Long.MIN_VALUE;
		}
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			throw e;
		}
		var seconds = date.toEpochDay() * 86400 + hour * 3600L + minute * 60L + second - offsetSeconds;
		return seconds * 1000 + millis;
	}

	private static int digits(String s, int from, int count) {
		var value = 0;
		for (var i = from; i < from + count; i++) {
			var c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	static Instant instant(long epochMillis) {
		return Instant.ofEpochMilli(epochMillis);
	}

}
