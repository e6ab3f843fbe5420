package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading Segment and PostHog payloads: the batch merge rules for context and
 * integrations, timestamps, write keys kept out of the raw store, and the limits.
 */
class EventPayloadsTests {

	static final Instant RECEIVED = Instant.parse("2026-06-01T12:00:00Z");

	static final JsonMapper json = JsonMapper.builder().build();

	static EventPayloads.Parsed batch(String body) {
		return EventPayloads.parse(IngestionCall.BATCH, body.getBytes(StandardCharsets.UTF_8), RECEIVED);
	}

	static String stored(EventPayloads.Parsed parsed, int index) {
		var payload = RawBatch.encode(parsed.accepted(), parsed.shared());
		return new String(RawBatch.decode(payload).get(index).json(), StandardCharsets.UTF_8);
	}

	@Test
	void theBatchContextAndIntegrationsApplyToEveryItemAndTheItemsOwnKeysWin() {
		var parsed = batch("""
				{"batch": [
				  {"type": "track", "userId": "u1", "event": "A"},
				  {"type": "track", "userId": "u2", "event": "B",
				   "context": {"locale": "fr-FR", "ip": "10.0.0.2"}, "integrations": {"All": false}}
				],
				 "context": {"locale": "en-GB", "library": {"name": "curl"}},
				 "integrations": {"All": true, "Mixpanel": false}}""");

		var first = json.readTree(stored(parsed, 0));
		var second = json.readTree(stored(parsed, 1));

		assertThat(first.get("context").get("locale").asString()).isEqualTo("en-GB");
		assertThat(first.get("context").get("library").get("name").asString()).isEqualTo("curl");
		assertThat(first.get("integrations").get("Mixpanel").asBoolean()).isFalse();
		assertThat(second.get("context").get("locale").asString()).isEqualTo("fr-FR");
		assertThat(second.get("context").get("ip").asString()).isEqualTo("10.0.0.2");
		assertThat(second.get("context").get("library").get("name").asString()).isEqualTo("curl");
		assertThat(second.get("integrations").get("All").asBoolean()).isFalse();
		assertThat(second.get("integrations").get("Mixpanel").asBoolean()).isFalse();
	}

	@Test
	void keepsEachEventAsSentWithoutItsWriteKey() {
		var single = EventPayloads.parse(IngestionCall.TRACK, """
				{"writeKey": "tdw_secret", "userId": "u1", "event": "Opened", "properties": {"a": [1, {"b": "c"}]}}"""
			.getBytes(StandardCharsets.UTF_8), RECEIVED);
		var posthog = EventPayloads.parse(IngestionCall.POSTHOG, """
				{"event": "x", "properties": {"distinct_id": "d1", "token": "tdw_secret2"}}"""
			.getBytes(StandardCharsets.UTF_8), RECEIVED);

		var event = json.readTree(stored(single, 0));
		assertThat(stored(single, 0)).doesNotContain("tdw_secret");
		assertThat(event.get("properties").get("a").get(1).get("b").asString()).isEqualTo("c");
		assertThat(event.get("event").asString()).isEqualTo("Opened");
		assertThat(stored(posthog, 0)).doesNotContain("tdw_secret2").contains("\"d1\"");
	}

	@Test
	void findsTheWriteKeyInTheBody() {
		assertThat(EventPayloads.writeKey("{\"batch\": [], \"writeKey\": \"k1\"}".getBytes(StandardCharsets.UTF_8)))
			.contains("k1");
		assertThat(EventPayloads.writeKey("{\"api_key\": \"k2\", \"event\": \"e\"}".getBytes(StandardCharsets.UTF_8)))
			.contains("k2");
		assertThat(EventPayloads.writeKey("{\"properties\": {\"token\": \"k3\"}}".getBytes(StandardCharsets.UTF_8)))
			.contains("k3");
		assertThat(EventPayloads.writeKey("{\"userId\": \"u\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThatThrownBy(() -> EventPayloads.writeKey("{".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidPayloadException.class);
	}

	@Test
	void timestampsFollowSegmentsRules() {
		var parsed = batch(
				"""
						{"batch": [
						  {"type": "track", "userId": "u", "event": "explicit", "timestamp": "2026-05-31T10:00:00.250+02:00"},
						  {"type": "track", "userId": "u", "event": "device clock", "originalTimestamp": "2026-06-01T11:00:00Z"},
						  {"type": "track", "userId": "u", "event": "none"},
						  {"type": "track", "userId": "u", "event": "no offset", "timestamp": "2026-05-30T08:00:00"},
						  {"type": "track", "userId": "u", "event": "future", "timestamp": "2026-06-03T12:00:00Z"},
						  {"type": "track", "userId": "u", "event": "old", "timestamp": "1999-12-31T23:59:59Z"},
						  {"type": "track", "userId": "u", "event": "bad", "timestamp": "2026-02-30T10:00:00Z"}
						], "sentAt": "2026-06-01T11:30:00Z"}""");

		assertThat(parsed.accepted()).extracting(e -> Instant.ofEpochMilli(e.timestamp()))
			.containsExactly(Instant.parse("2026-05-31T08:00:00.250Z"),
					// the device clock is 30 minutes behind: sent at 11:30 by its clock,
					// received at 12:00
					Instant.parse("2026-06-01T11:30:00Z"), RECEIVED, Instant.parse("2026-05-30T08:00:00Z"));
		assertThat(parsed.rejected()).extracting(EventPayloads.Rejected::reason)
			.containsExactly("timestamp is more than a day ahead of the time it was received",
					"timestamp is before 2000", "timestamp is not an ISO-8601 date-time");
	}

	@Property
	void theFastTimestampPathAgreesWithJavaTime(
			@ForAll @LongRange(min = 946684800000L, max = 4102444800000L) long millis,
			@ForAll @IntRange(min = -12, max = 14) int offsetHours, @ForAll @IntRange(min = 0, max = 3) int digits) {
		var instant = Instant.ofEpochMilli(millis);
		var text = OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(offsetHours))
			.format(java.time.format.DateTimeFormatter
				.ofPattern("yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "XXX"));
		var expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
		assertThat(EventPayloads.epochMillis(text)).isEqualTo(expected);
	}

	@Test
	void anEventOver32KbInABatchIsRejectedAndTheRestAccepted() {
		var parsed = batch("{\"batch\": [{\"type\": \"track\", \"userId\": \"u\", \"event\": \"big\", \"properties\": "
				+ "{\"x\": \"" + "x".repeat(33 * 1024)
				+ "\"}}, {\"type\": \"track\", \"userId\": \"u\", \"event\": \"ok\"}]}");

		assertThat(parsed.accepted()).extracting(RawEvent::name).containsExactly("ok");
		assertThat(parsed.rejected()).extracting(EventPayloads.Rejected::reason)
			.containsExactly("event is larger than 32 KB");
		assertThat(parsed.rejected().get(0).event()).hasSizeGreaterThan(32 * 1024);
	}

	@Test
	void refusesWholeRequestsThatAreNotBatches() {
		assertThatThrownBy(() -> batch("{\"batch\": {}}")).isInstanceOf(InvalidPayloadException.class);
		assertThatThrownBy(() -> batch("{\"batch\": []} trailing")).isInstanceOf(InvalidPayloadException.class);
		assertThatThrownBy(() -> batch("\"text\"")).isInstanceOf(InvalidPayloadException.class);
		assertThatThrownBy(() -> EventPayloads.parse(IngestionCall.TRACK,
				"{\"batch\": [], \"userId\": \"u\", \"event\": \"e\"}".getBytes(StandardCharsets.UTF_8), RECEIVED))
			.isInstanceOf(InvalidPayloadException.class);
		assertThat(batch("{\"batch\": [1, \"two\", null]}").rejected()).extracting(EventPayloads.Rejected::reason)
			.containsOnly("a batch item must be a JSON object");
	}

	@Test
	void readsIdsGivenAsNumbersAndRefusesOtherTypes() {
		var parsed = batch("""
				{"batch": [
				  {"type": "track", "userId": 42, "event": "n"},
				  {"type": "track", "userId": {"id": 1}, "event": "o"},
				  {"type": "track", "userId": "", "anonymousId": "a", "event": "e"},
				  {"type": "track", "userId": "u", "event": "$active"}
				]}""");

		assertThat(parsed.accepted()).extracting(RawEvent::userId, RawEvent::anonymousId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("42", null),
					org.assertj.core.groups.Tuple.tuple(null, "a"));
		assertThat(parsed.rejected()).extracting(EventPayloads.Rejected::reason)
			.containsExactly("userId must be a string", "event $active is reserved");
	}

}
