package dev.tandem.adoption;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The encoding of one raw row: a request's accepted events, deflated. Per event the
 * fields the rollup worker needs come first (so it never parses JSON), then the event's
 * JSON as sent. A batch's shared context and integrations are stored once.
 *
 * <pre>
 * version=1 · sharedLength · shared · count · { kind · flags · messageId? userId? anonymousId?
 *                                                previousId? name? · timestamp · jsonLength · json }*
 * </pre>
 */
final class RawBatch {

	private static final int VERSION = 1;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UsageEvent.Kind[] KINDS = UsageEvent.Kind.values();

	private RawBatch() {
	}

	static byte[] encode(List<RawEvent> events, byte[] shared) {
		var bytes = new ByteArrayOutputStream(1024 + events.size() * 64);
		var deflater = new Deflater(Deflater.BEST_SPEED);
		try (var out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
			out.writeByte(VERSION);
			if (shared == null) {
				out.writeInt(0);
			}
			else {
				out.writeInt(shared.length);
				out.write(shared);
			}
			out.writeInt(events.size());
			for (var event : events) {
				out.writeByte(event.kind().ordinal());
				var flags = (event.messageId() != null ? 1 : 0) | (event.userId() != null ? 2 : 0)
						| (event.anonymousId() != null ? 4 : 0) | (event.previousId() != null ? 8 : 0)
						| (event.name() != null ? 16 : 0);
				out.writeByte(flags);
				writeIf(out, event.messageId());
				writeIf(out, event.userId());
				writeIf(out, event.anonymousId());
				writeIf(out, event.previousId());
				writeIf(out, event.name());
				out.writeLong(event.timestamp());
				out.writeInt(event.json().length);
				out.write(event.json());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private static void writeIf(DataOutputStream out, String text) throws IOException {
		if (text != null) {
			out.writeUTF(text);
		}
	}

	/** What the rollup worker reads of an event: no JSON. */
	interface Visitor {

		void event(UsageEvent.Kind kind, String messageId, String userId, String anonymousId, String previousId,
				String name, long timestamp);

	}

	/** Calls the visitor for every event, in order, skipping their JSON. */
	static void visit(byte[] payload, Visitor visitor) {
		var inflater = new Inflater();
		try (var in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload), inflater, 8192))) {
			readVersion(in);
			in.skipNBytes(in.readInt());
			var count = in.readInt();
			for (var i = 0; i < count; i++) {
				var kind = KINDS[in.readByte()];
				var flags = in.readByte();
				var messageId = (flags & 1) != 0 ? in.readUTF() : null;
				var userId = (flags & 2) != 0 ? in.readUTF() : null;
				var anonymousId = (flags & 4) != 0 ? in.readUTF() : null;
				var previousId = (flags & 8) != 0 ? in.readUTF() : null;
				var name = (flags & 16) != 0 ? in.readUTF() : null;
				var timestamp = in.readLong();
				in.skipNBytes(in.readInt());
				visitor.event(kind, messageId, userId, anonymousId, previousId, name, timestamp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("unreadable raw batch", e);
		}
		finally {
			inflater.end();
		}
	}

	/** Every event with its JSON, the batch's context and integrations merged in. */
	static List<RawEvent> decode(byte[] payload) {
		var events = new ArrayList<RawEvent>();
		var inflater = new Inflater();
		try (var in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload), inflater, 8192))) {
			readVersion(in);
			var shared = in.readNBytes(in.readInt());
			var count = in.readInt();
			for (var i = 0; i < count; i++) {
				var kind = KINDS[in.readByte()];
				var flags = in.readByte();
				var messageId = (flags & 1) != 0 ? in.readUTF() : null;
				var userId = (flags & 2) != 0 ? in.readUTF() : null;
				var anonymousId = (flags & 4) != 0 ? in.readUTF() : null;
				var previousId = (flags & 8) != 0 ? in.readUTF() : null;
				var name = (flags & 16) != 0 ? in.readUTF() : null;
				var timestamp = in.readLong();
				var eventJson = in.readNBytes(in.readInt());
				events.add(new RawEvent(kind, messageId, userId, anonymousId, previousId, name, timestamp,
						mergedJson(eventJson, shared)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("unreadable raw batch", e);
		}
		finally {
			inflater.end();
		}
		return events;
	}

	private static void readVersion(DataInputStream in) throws IOException {
		var version = in.readByte();
		if (version != VERSION) {
			throw new IOException("raw batch version " + version);
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
