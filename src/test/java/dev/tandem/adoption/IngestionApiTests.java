package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * The ingestion endpoints over HTTP as SDKs and scripts call them: Segment's calls and
 * batches, PostHog's capture, every error status, gzip, and what a write key may and may
 * not do. Each test sends to a source of its own.
 */
abstract class IngestionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	EventSources sources;

	@Autowired
	RollupWorker worker;

	@Autowired
	UsageRollups rollups;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	Http http;

	EventSourceId source;

	String key;

	@BeforeEach
	void createSource() {
		http = new Http(port);
		var created = sources.create("Web app " + Unique.suffix());
		source = created.source().id();
		key = created.writeKey();
	}

	String basic(String writeKey) {
		return "Basic " + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String body) {
		return http.send("POST", path, body, "Content-Type", "application/json", "Authorization", basic(key));
	}

	List<DayRollup> mine() {
		worker.runToCompletion();
		return rollups.changedSince(0).stream().filter(r -> r.source().equals(source)).toList();
	}

	DayRollup row(String event, String day) {
		return mine().stream()
			.filter(r -> r.eventName().equals(event) && r.day().equals(LocalDate.parse(day)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no rollup " + event + " " + day + " in " + mine()));
	}

	@Test
	void acceptsEachSegmentCallAndRollsItUpByEventAndDay() {
		var track = post("/v1/track", """
				{"userId": "u1", "event": "Report Exported", "properties": {"format": "csv"},
				 "timestamp": "2026-03-01T10:00:00.000Z", "messageId": "m1"}""");
		var page = post("/v1/page", """
				{"anonymousId": "a1", "name": "Home", "timestamp": "2026-03-01T11:00:00Z"}""");
		var screen = post("/v1/screen", """
				{"userId": "u2", "name": "Home", "timestamp": "2026-03-01T23:59:59+00:00"}""");
		var identify = post("/v1/identify", """
				{"userId": "u3", "traits": {"plan": "pro"}, "timestamp": "2026-03-02T00:00:00Z"}""");
		var group = post("/v1/group", """
				{"userId": "u1", "groupId": "g1", "timestamp": "2026-03-02T00:00:00Z"}""");
		var alias = post("/v1/alias", """
				{"userId": "u9", "previousId": "a9", "timestamp": "2026-03-02T00:00:00Z"}""");

		for (var response : List.of(track, page, screen, identify, group, alias)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"success\":true}");
		}
		assertThat(row("Report Exported", "2026-03-01").users().getCardinality()).isEqualTo(1);
		assertThat(row("$page", "2026-03-01").events()).isEqualTo(1);
		assertThat(row("$screen", "2026-03-01").events()).isEqualTo(1);
		assertThat(row(UsageRollups.ACTIVE, "2026-03-01").users().getCardinality()).isEqualTo(3);
		assertThat(row("$identify", "2026-03-02").events()).isEqualTo(1);
		assertThat(row("$group", "2026-03-02").events()).isEqualTo(1);
		assertThat(mine())
			.noneMatch(r -> r.eventName().equals(UsageRollups.ACTIVE) && r.day().toString().equals("2026-03-02"));
		assertThat(sources.get(source).events()).isEqualTo(6);
	}

	@Test
	void batchAcceptsValidItemsAndKeepsInvalidOnesWithTheirReason() {
		var response = post("/v1/batch", """
				{"batch": [
				  {"type": "track", "userId": "u1", "event": "Signed Up", "timestamp": "2026-03-03T10:00:00Z"},
				  {"type": "track", "event": "No One", "timestamp": "2026-03-03T10:00:00Z"},
				  {"type": "track", "userId": "u2", "timestamp": "2026-03-03T10:00:00Z"},
				  {"type": "track", "userId": "u3", "event": "Late", "timestamp": "yesterday"},
				  {"type": "launch", "userId": "u4"},
				  {"type": "page", "anonymousId": "a5", "timestamp": "2026-03-03T12:00:00Z"}
				],
				 "context": {"library": {"name": "curl"}}}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(row(UsageRollups.ACTIVE, "2026-03-03").users().getCardinality()).isEqualTo(2);
		assertThat(sources.rejected(source, 10)).extracting(EventSources.RejectedEvent::reason)
			.containsExactlyInAnyOrder("userId or anonymousId is required", "event is required for track",
					"timestamp is not an ISO-8601 date-time",
					"type must be one of track, page, screen, identify, group, alias");
		assertThat(sources.get(source).rejected()).isEqualTo(4);
		assertThat(sources.rejected(source, 10)).anySatisfy(r -> assertThat(r.event()).contains("\"No One\""));
	}

	@Test
	void countsARetriedMessageOnce() {
		var body = """
				{"batch": [{"type": "track", "userId": "u1", "event": "Clicked", "messageId": "same",
				            "timestamp": "2026-03-04T10:00:00Z"}]}""";
		assertThat(post("/v1/batch", body).statusCode()).isEqualTo(200);
		assertThat(post("/v1/batch", body).statusCode()).isEqualTo(200);
		assertThat(post("/v1/track", """
				{"userId": "u1", "event": "Clicked", "messageId": "same", "timestamp": "2026-03-04T10:00:00Z"}""")
			.statusCode()).isEqualTo(200);

		assertThat(row("Clicked", "2026-03-04").events()).isEqualTo(1);
		assertThat(sources.get(source).duplicates()).isEqualTo(2);
	}

	@Test
	void takesTheWriteKeyFromTheBodyAndGzippedBodies() throws Exception {
		var inBody = http.send("POST", "/v1/track", """
				{"writeKey": "%s", "userId": "u1", "event": "Body Key", "timestamp": "2026-03-05T10:00:00Z"}"""
			.formatted(key), "Content-Type", "application/json");
		var gzipped = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/batch"))
				.header("Content-Type", "application/json")
				.header("Content-Encoding", "gzip")
				.header("Authorization", basic(key))
				.POST(HttpRequest.BodyPublishers.ofByteArray(gzip("""
						{"batch": [{"type": "track", "userId": "u2", "event": "Body Key",
						            "timestamp": "2026-03-05T11:00:00Z"}]}""")))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(inBody.statusCode()).as(inBody.body()).isEqualTo(200);
		assertThat(gzipped.statusCode()).as(gzipped.body()).isEqualTo(200);
		assertThat(row("Body Key", "2026-03-05").users().getCardinality()).isEqualTo(2);
	}

	@Test
	void refusesBadRequestsWithSegmentStyleErrors() {
		var notJson = post("/v1/batch", "{\"batch\": [");
		var notObject = post("/v1/track", "[1, 2]");
		var noBatch = post("/v1/batch", "{\"events\": []}");
		var invalidSingle = post("/v1/track", "{\"userId\": \"u1\"}");
		var bigEvent = post("/v1/track",
				"{\"userId\": \"u1\", \"event\": \"Big\", \"properties\": {\"x\": \"" + "x".repeat(33 * 1024) + "\"}}");
		var bigRequest = post("/v1/batch", "{\"batch\": [" + IntStream.range(0, 600)
			.mapToObj(i -> "{\"type\": \"track\", \"userId\": \"u\", \"event\": \"E\", \"properties\": {\"x\": \""
					+ "x".repeat(900) + "\"}}")
			.collect(Collectors.joining(",")) + "]}");
		var badKey = http.send("POST", "/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}", "Content-Type",
				"application/json", "Authorization", basic("tdw_unknown"));
		var noKey = http.send("POST", "/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}", "Content-Type",
				"application/json");

		for (var response : List.of(notJson, notObject, noBatch, invalidSingle, bigEvent, bigRequest)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			assertThat(response.body()).startsWith("{\"success\":false,\"message\":\"").doesNotContain("Exception");
		}
		assertThat(invalidSingle.body()).contains("event is required for track");
		assertThat(bigEvent.body()).contains("32 KB");
		assertThat(bigRequest.body()).contains("500 KB");
		assertThat(badKey.statusCode()).isEqualTo(401);
		assertThat(noKey.statusCode()).isEqualTo(401);
		assertThat(badKey.body()).startsWith("{\"success\":false");
		assertThat(mine()).isEmpty();
	}

	@Test
	void aRevokedKeyIsRefusedAndARotatedOneWorks() {
		assertThat(post("/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}").statusCode()).isEqualTo(200);
		sources.revokeKey(source);
		assertThat(post("/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}").statusCode()).isEqualTo(401);
		key = sources.rotateKey(source).writeKey();
		assertThat(post("/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}").statusCode()).isEqualTo(200);
	}

	@Test
	void aWriteKeyOpensNothingElseAndNothingElseOpensIngestion() {
		var user = accounts.create(Unique.email("ingest-scope"), "Scope", Role.ADMIN, "a-long-password-1");
		var token = tokens.create(user.id(), "scope").secret();

		var readWithKey = http.get("/api/v1/adoption/sources", "Authorization", basic(key));
		var bearerWithKey = http.get("/api/v1/adoption/sources", "Authorization", "Bearer " + key);
		var pageWithKey = http.get("/adoption/sources", "Authorization", basic(key));
		var meWithKey = http.get("/api/v1/me", "Authorization", basic(key));
		var ingestWithToken = http.send("POST", "/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}", "Content-Type",
				"application/json", "Authorization", "Bearer " + token);
		var ingestWithTokenAsBasic = http.send("POST", "/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}",
				"Content-Type", "application/json", "Authorization", basic(token));
		var session = new Http(port);
		var login = session.get("/login").body();
		var csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		session.postForm("/login", "email=" + user.email() + "&password=a-long-password-1&_csrf=" + csrf);
		var ingestWithSession = session.send("POST", "/v1/track", "{\"userId\": \"u1\", \"event\": \"E\"}",
				"Content-Type", "application/json");

		assertThat(readWithKey.statusCode()).isEqualTo(401);
		assertThat(bearerWithKey.statusCode()).isEqualTo(401);
		assertThat(pageWithKey.statusCode()).isEqualTo(302);
		assertThat(meWithKey.statusCode()).isEqualTo(401);
		assertThat(ingestWithToken.statusCode()).isEqualTo(401);
		assertThat(ingestWithTokenAsBasic.statusCode()).isEqualTo(401);
		assertThat(session.get("/api/v1/me").statusCode()).as("the session works elsewhere").isEqualTo(200);
		assertThat(ingestWithSession.statusCode()).isEqualTo(401);
		assertThat(mine()).isEmpty();
	}

	@Test
	void acceptsPostHogCaptureAndBatchWithIdentity() {
		var capture = http.send("POST", "/capture/", """
				{"api_key": "%s", "event": "$pageview", "distinct_id": "anon-1",
				 "properties": {"$current_url": "https://example.com"}, "timestamp": "2026-03-06T10:00:00Z"}"""
			.formatted(key), "Content-Type", "application/json");
		var batch = http.send("POST", "/batch/", """
				{"api_key": "%s", "batch": [
				  {"event": "$identify", "distinct_id": "user-1", "properties": {"$anon_distinct_id": "anon-1"},
				   "timestamp": "2026-03-06T10:01:00Z"},
				  {"event": "exported", "properties": {"distinct_id": "user-1"}, "timestamp": "2026-03-06T10:02:00Z"},
				  {"event": "no one", "timestamp": "2026-03-06T10:02:00Z"}
				]}""".formatted(key), "Content-Type", "application/json");

		assertThat(capture.statusCode()).as(capture.body()).isEqualTo(200);
		assertThat(capture.body()).isEqualTo("{\"status\":1}");
		assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
		assertThat(row(UsageRollups.ACTIVE, "2026-03-06").users().getCardinality()).as("anonymous then identified")
			.isEqualTo(1);
		assertThat(row("exported", "2026-03-06").events()).isEqualTo(1);
		assertThat(sources.rejected(source, 10)).extracting(EventSources.RejectedEvent::reason)
			.containsExactly("distinct_id is required");
	}

	static byte[] gzip(String text) throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends IngestionApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends IngestionApiTests {

	}

}
