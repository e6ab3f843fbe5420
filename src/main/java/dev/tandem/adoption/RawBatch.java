package dev.tandem.adoption;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The encoding of one raw row: a request's accepted events, deflated. Per event the
 * fields the rollup worker needs come first (so it never parses JSON), then the event's
 * JSON as sent. A batch's shared context and integrations are stored once.
 *
 * <pre>
 * plainLength · deflate( version=1 · sharedLength · shared · count · { kind · flags · messageId? userId? anonymousId?
 *                                                previousId? name? · timestamp · jsonLength · json }* )
 * </pre>
 */
final class RawBatch {

	private static final int VERSION = 1;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UsageEvent.Kind[] KINDS = UsageEvent.Kind.values();

	private RawBatch() {
	}

	static byte[] encode(List<RawEvent> events, byte[] shared) {
		var out = new Writer(256 + events.size() * 200 + (shared == null ? 0 : shared.length));
		out.u8(VERSION);
		out.bytes(shared == null ? new byte[0] : shared);
		out.i32(events.size());
		for (var event : events) {
			out.u8(event.kind().ordinal());
			var flags = (event.messageId() != null ? 1 : 0) | (event.userId() != null ? 2 : 0)
					| (event.anonymousId() != null ? 4 : 0) | (event.previousId() != null ? 8 : 0)
					| (event.name() != null ? 16 : 0);
			out.u8(flags);
			out.text(event.messageId());
			out.text(event.userId());
			out.text(event.anonymousId());
			out.text(event.previousId());
			out.text(event.name());
			out.i64(event.timestamp());
			out.bytes(event.json());
		}
		return out.deflated();
	}

	/** What the rollup worker reads of an event: no JSON. */
	interface Visitor {

		void event(UsageEvent.Kind kind, String messageId, String userId, String anonymousId, String previousId,
				String name, long timestamp);

	}

	/** Calls the visitor for every event, in order, skipping their JSON. */
	static void visit(byte[] payload, Visitor visitor) {
		var in = Reader.inflate(payload);
		in.skip(in.i32());
		var count = in.i32();
		for (var i = 0; i < count; i++) {
			var kind = KINDS[in.u8()];
			var flags = in.u8();
			var messageId = (flags & 1) != 0 ? in.text() : null;
			var userId = (flags & 2) != 0 ? in.text() : null;
			var anonymousId = (flags & 4) != 0 ? in.text() : null;
			var previousId = (flags & 8) != 0 ? in.text() : null;
			var name = (flags & 16) != 0 ? in.text() : null;
			var timestamp = in.i64();
			in.skip(in.i32());
			visitor.event(kind, messageId, userId, anonymousId, previousId, name, timestamp);
		}
	}

	/** Every event with its JSON, the batch's context and integrations merged in. */
	static List<RawEvent> decode(byte[] payload) {
		var events = new ArrayList<RawEvent>();
		var in = Reader.inflate(payload);
		var shared = in.bytes();
		var count = in.i32();
		for (var i = 0; i < count; i++) {
			var kind = KINDS[in.u8()];
			var flags = in.u8();
			var messageId = (flags & 1) != 0 ? in.text() : null;
			var userId = (flags & 2) != 0 ? in.text() : null;
			var anonymousId = (flags & 4) != 0 ? in.text() : null;
			var previousId = (flags & 8) != 0 ? in.text() : null;
			var name = (flags & 16) != 0 ? in.text() : null;
			var timestamp = in.i64();
			var eventJson = in.bytes();
			events.add(new RawEvent(kind, messageId, userId, anonymousId, previousId, name, timestamp,
					mergedJson(eventJson, shared)));
		}
		return events;
	}

	/**
	 * Serialises into one array and deflates it in one call (a stream would deflate byte
	 * by byte); the result starts with the plain length.
	 */
	private static final class Writer {

		private byte[] buffer;

		private int size;

		Writer(int capacity) {
			buffer = new byte[capacity];
		}

		private void ensure(int more) {
			if (size + more > buffer.length) {
				buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
			}
		}

		void u8(int value) {
			ensure(1);
			buffer[size++] = (byte) value;
		}

		void i32(int value) {
			ensure(4);
			buffer[size++] = (byte) (value >>> 24);
			buffer[size++] = (byte) (value >>> 16);
			buffer[size++] = (byte) (value >>> 8);
			buffer[size++] = (byte) value;
		}

		void i64(long value) {
			i32((int) (value >>> 32));
			i32((int) value);
		}

		void bytes(byte[] bytes) {
			i32(bytes.length);
			ensure(bytes.length);
			System.arraycopy(bytes, 0, buffer, size, bytes.length);
			size += bytes.length;
		}

		void text(String text) {
			if (text != null) {
				bytes(text.getBytes(StandardCharsets.UTF_8));
			}
		}

		byte[] deflated() {
			var deflater = new Deflater(Deflater.BEST_SPEED);
			try {
				deflater.setInput(buffer, 0, size);
				deflater.finish();
				var out = new byte[size / 3 + 64];
				out[0] = (byte) (size >>> 24);
				out[1] = (byte) (size >>> 16);
				out[2] = (byte) (size >>> 8);
				out[3] = (byte) size;
				var length = 4;
				while (!deflater.finished()) {
					if (length == out.length) {
						out = java.util.Arrays.copyOf(out, out.length * 2);
					}
					length += deflater.deflate(out, length, out.length - length);
				}
				return java.util.Arrays.copyOf(out, length);
			}
			finally {
				deflater.end();
			}
		}

	}

	private static final class Reader {

		private final byte[] buffer;

		private int at;

		private Reader(byte[] buffer) {
			this.buffer = buffer;
		}

		static Reader inflate(byte[] payload) {
			var size = ((payload[0] & 0xff) << 24) | ((payload[1] & 0xff) << 16) | ((payload[2] & 0xff) << 8)
					| (payload[3] & 0xff);
			var plain = new byte[size];
			var inflater = new Inflater();
			try {
				inflater.setInput(payload, 4, payload.length - 4);
				var length = 0;
				while (length < size) {
					var n = inflater.inflate(plain, length, size - length);
					if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
						throw new IllegalStateException("unreadable raw batch: truncated");
					}
					length += n;
				}
			}
			catch (DataFormatException e) {
				throw new IllegalStateException("unreadable raw batch", e);
			}
			finally {
				inflater.end();
			}
			var reader = new Reader(plain);
			var version = reader.u8();
			if (version != VERSION) {
				throw new IllegalStateException("raw batch version " + version);
			}
			return reader;
		}

		int u8() {
			return buffer[at++] & 0xff;
		}

		int i32() {
			var value = ((buffer[at] & 0xff) << 24) | ((buffer[at + 1] & 0xff) << 16) | ((buffer[at + 2] & 0xff) << 8)
					| (buffer[at + 3] & 0xff);
			at += 4;
			return value;
		}

		long i64() {
			return ((long) i32() << 32) | (i32() & 0xffffffffL);
		}

		void skip(int count) {
			at += count;
		}

		byte[] bytes() {
			var length = i32();
			var bytes = java.util.Arrays.copyOfRange(buffer, at, at + length);
			at += length;
			return bytes;
		}

		String text() {
			var length = i32();
			var text = new String(buffer, at, length, StandardCharsets.UTF_8);
			at += length;
			return text;
		}

	}

	/**
	 * Segment's batch rule: the batch's {@code context} and {@code integrations} apply to
	 * every item; where an item has its own, the two are merged key by key and the item's
	 * keys win.
	 */
	static byte[] mergedJson(byte[] event, byte[] shared) {
		if (shared == null || shared.length == 0) {
			return event;
		}
		var item = (ObjectNode) json.readTree(event);
		var batch = json.readTree(shared);
		for (var field : List.of("context", "integrations")) {
			JsonNode common = batch.get(field);
			if (common == null || !common.isObject()) {
				continue;
			}
			var own = item.get(field);
			if (own == null || !own.isObject()) {
				if (own == null || own.isNull()) {
					item.set(field, common.deepCopy());
				}
				continue;
			}
			var merged = ((ObjectNode) common).deepCopy();
			merged.setAll((ObjectNode) own);
			item.set(field, merged);
		}
		return json.writeValueAsBytes(item);
	}

}
