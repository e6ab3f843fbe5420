package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.org.People;
import dev.tandem.org.Teams;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OKR REST API over HTTP, as a script with a personal token would use it, on H2 and
 * PostgreSQL.
 */
abstract class OkrApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	OkrSettings settings;

	private Http http;

	private String token;

	private String owner;

	private String team;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("okr-api"), "OKR API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "okr tests").secret();
		owner = people.create("Olga Owner " + Unique.suffix(), Unique.email("olga"), null).id().toString();
		team = teams
			.create(new TeamDetails("Checkout " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, null, null, null,
					null))
			.id()
			.toString();
	}

	@Test
	void createsAnObjectiveWithTwoKeyResultsChecksInAndListsWhatIsDue() {
		var objective = createTeamObjective(quarter(), null);
		var id = id(objective);
		var conversion = ok(post("/api/v1/okr/objectives/" + id + "/key-results", """
				{"statement": "Raise checkout conversion", "unit": "PERCENT", "baseline": 40, "target": 60}
				"""), 201);
		var incidents = ok(post("/api/v1/okr/objectives/" + id + "/key-results", """
				{"statement": "Fewer payment incidents", "unit": "NUMBER", "baseline": 10, "target": 2}
				"""), 201);
		assertThat(conversion.get("direction").asString()).isEqualTo("INCREASE");
		assertThat(incidents.get("direction").asString()).isEqualTo("DECREASE");
		var version = ok(http.get("/api/v1/okr/objectives/" + id, auth()), 200).get("version").asLong();
		ok(post("/api/v1/okr/objectives/" + id + "/activate", "{\"version\": " + version + "}"), 200);

		var due = ok(http.get("/api/v1/okr/check-ins/due?teamId=" + team, auth()), 200);
		assertThat(statements(due)).containsExactlyInAnyOrder("Raise checkout conversion", "Fewer payment incidents");

		var checkedIn = ok(post("/api/v1/okr/key-results/" + id(conversion) + "/check-ins", """
				{"month": "%s", "value": 50, "confidence": "AT_RISK", "confidenceScore": 6, "comment": "slow start"}
				""".formatted(YearMonth.from(settings.today()))), 200);

		assertThat(checkedIn.get("currentValue").decimalValue()).isEqualByComparingTo("50");
		assertThat(checkedIn.get("progress").asDouble()).isEqualTo(0.5);
		assertThat(checkedIn.get("confidence").asString()).isEqualTo("AT_RISK");
		var corrected = ok(post("/api/v1/okr/key-results/" + id(conversion) + "/check-ins", """
				{"month": "%s", "value": 52, "confidence": "ON_TRACK", "confidenceScore": 7}
				""".formatted(YearMonth.from(settings.today()))), 200);
		assertThat(corrected.get("checkIns")).hasSize(1);
		assertThat(corrected.get("currentValue").decimalValue()).isEqualByComparingTo("52");
		var dueAfter = ok(http.get("/api/v1/okr/check-ins/due?teamId=" + team, auth()), 200);
		assertThat(statements(dueAfter)).containsExactly("Fewer payment incidents");
		var tree = ok(http.get("/api/v1/okr/tree?quarter=" + quarter() + "&teamId=" + team, auth()), 200);
		assertThat(tree.toString()).contains(id).contains("Raise checkout conversion");
	}

	@Test
	void refusesAStaleVersionWith409() {
		var objective = createTeamObjective(quarter(), null);
		var body = objectiveBody(quarter(), null, "Renamed").replace("}", ", \"version\": 99}");

		var response = send("PUT", "/api/v1/okr/objectives/" + id(objective), body);

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(ok(http.get("/api/v1/okr/objectives/" + id(objective), auth()), 200).get("title").asString())
			.isNotEqualTo("Renamed");
	}

	@Test
	void refusesAParentFromAnotherQuarterOnTheParentField() {
		var parent = createTeamObjective(quarter().previous(), null);

		var response = post("/api/v1/okr/objectives", objectiveBody(quarter(), id(parent), "Child"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("parentId");
	}

	@Test
	void refusesBadInputWith400AndChangesNothing() {
		var objective = createTeamObjective(quarter(), null);
		var before = http.get("/api/v1/okr/objectives/" + id(objective), auth()).body();

		var sameTarget = post("/api/v1/okr/objectives/" + id(objective) + "/key-results", """
				{"statement": "Flat", "unit": "NUMBER", "baseline": 5, "target": 5}
				""");
		var unknownOwner = post("/api/v1/okr/objectives",
				objectiveBody(quarter(), null, "Nobody's").replace(owner, "00000000-0000-0000-0000-000000000000"));

		assertThat(sameTarget.statusCode()).isEqualTo(400);
		assertThat(fields(sameTarget)).containsExactly("target");
		assertThat(unknownOwner.statusCode()).isEqualTo(400);
		assertThat(fields(unknownOwner)).containsExactly("ownerId");
		assertThat(http.get("/api/v1/okr/objectives/" + id(objective), auth()).body()).isEqualTo(before);
	}

	@Test
	void refusesACheckInOutsideTheQuarterOrWithConfidenceOutOfRange() {
		var objective = createTeamObjective(quarter(), null);
		var kr = id(ok(post("/api/v1/okr/objectives/" + id(objective) + "/key-results", """
				{"statement": "Ship it", "unit": "YES_NO", "baseline": 0, "target": 1}
				"""), 201));
		var outside = settings.calendar().firstMonthOf(quarter()).minusMonths(1);

		var early = post("/api/v1/okr/key-results/" + kr + "/check-ins", """
				{"month": "%s", "value": 0, "confidence": "ON_TRACK", "confidenceScore": 7}
				""".formatted(outside));
		var overconfident = post("/api/v1/okr/key-results/" + kr + "/check-ins", """
				{"month": "%s", "value": 0, "confidence": "ON_TRACK", "confidenceScore": 11}
				""".formatted(YearMonth.from(settings.today())));

		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(fields(early)).containsExactly("month");
		assertThat(overconfident.statusCode()).isEqualTo(400);
		assertThat(fields(overconfident)).containsExactly("confidenceScore");
	}

	@Test
	void scoresAndClosesAnObjectiveWhichThenIsReadOnly() {
		var objective = createTeamObjective(quarter(), null);
		var id = id(objective);
		var kr = id(ok(post("/api/v1/okr/objectives/" + id + "/key-results", """
				{"statement": "Grow", "unit": "NUMBER", "baseline": 0, "target": 10, "currentValue": 7}
				"""), 201));
		var version = ok(http.get("/api/v1/okr/objectives/" + id, auth()), 200).get("version").asLong();
		assertThat(post("/api/v1/okr/objectives/" + id + "/close", "{\"version\": " + version + "}").statusCode())
			.isEqualTo(400);

		var noReason = send("PUT", "/api/v1/okr/key-results/" + kr + "/score", "{\"score\": 0.5}");
		assertThat(fields(noReason)).containsExactly("reason");
		ok(send("PUT", "/api/v1/okr/key-results/" + kr + "/score", "{\"score\": 0.5, \"reason\": \"lucky month\"}"),
				200);
		var closed = ok(post("/api/v1/okr/objectives/" + id + "/close", "{\"version\": " + version + "}"), 200);

		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("score").decimalValue()).isEqualByComparingTo("0.5");
		var change = post("/api/v1/okr/objectives/" + id + "/key-results", """
				{"statement": "Too late", "unit": "NUMBER", "baseline": 0, "target": 1}
				""");
		assertThat(change.statusCode()).isEqualTo(400);
		assertThat(change.body()).contains("closed");
	}

	@Test
	void viewersReadButMayNotWrite() {
		var viewer = accounts.create(Unique.email("okr-viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "okr viewer").secret();

		var read = http.get("/api/v1/okr/objectives?quarter=" + quarter(), "Authorization", "Bearer " + viewerToken);
		var write = http.send("POST", "/api/v1/okr/objectives", objectiveBody(quarter(), null, "Sneaky"),
				"Authorization", "Bearer " + viewerToken, "Content-Type", "application/json");

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(write.statusCode()).isEqualTo(403);
	}

	@Test
	void onlyAdministratorsChangeTheSettings() {
		var current = ok(http.get("/api/v1/okr/settings", auth()), 200);
		var body = "{\"fiscalYearFirstMonth\": %d, \"version\": %d}"
			.formatted(current.get("fiscalYearFirstMonth").asInt(), current.get("version").asLong());
		assertThat(send("PUT", "/api/v1/okr/settings", body).statusCode()).isEqualTo(403);

		var admin = accounts.create(Unique.email("okr-admin"), "Admin", Role.ADMIN, null);
		var adminToken = tokens.create(admin.id(), "okr admin").secret();
		var updated = http.send("PUT", "/api/v1/okr/settings", body, "Authorization", "Bearer " + adminToken,
				"Content-Type", "application/json");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		var invalid = http.send("PUT", "/api/v1/okr/settings", "{\"fiscalYearFirstMonth\": 13, \"version\": 0}",
				"Authorization", "Bearer " + adminToken, "Content-Type", "application/json");
		assertThat(fields(invalid)).containsExactly("fiscalYearFirstMonth");
	}

	@Test
	void answers400ForAMalformedIdAnd404ForAnUnknownOne() {
		assertThat(http.get("/api/v1/okr/objectives/not-a-uuid", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/okr/key-results/not-a-uuid", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/okr/objectives/" + java.util.UUID.randomUUID(), auth()).statusCode())
			.isEqualTo(404);
		assertThat(http.get("/api/v1/okr/key-results/" + java.util.UUID.randomUUID(), auth()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void documentsTheOkrApiInOpenApi() {
		var doc = http.get("/api/docs/openapi.json", auth());

		assertThat(doc.statusCode()).isEqualTo(200);
		assertThat(doc.body()).contains("/api/v1/okr/objectives", "/api/v1/okr/key-results/{id}/check-ins",
				"/api/v1/okr/check-ins/due", "/api/v1/okr/settings");
	}

	@Test
	void deletesADraftObjectiveWithItsKeyResults() {
		var objective = createTeamObjective(quarter(), null);
		var id = id(objective);
		ok(post("/api/v1/okr/objectives/" + id + "/key-results", """
				{"statement": "Doomed", "unit": "NUMBER", "baseline": 0, "target": 1}
				"""), 201);
		var version = ok(http.get("/api/v1/okr/objectives/" + id, auth()), 200).get("version").asLong();

		assertThat(send("DELETE", "/api/v1/okr/objectives/" + id + "?version=" + version, "").statusCode())
			.isEqualTo(204);
		assertThat(http.get("/api/v1/okr/objectives/" + id, auth()).statusCode()).isEqualTo(404);
	}

	private dev.tandem.shared.Quarter quarter() {
		return settings.currentQuarter();
	}

	private JsonNode createTeamObjective(dev.tandem.shared.Quarter quarter, String parent) {
		return ok(post("/api/v1/okr/objectives", objectiveBody(quarter, parent, "Make checkout effortless")), 201);
	}

	private String objectiveBody(dev.tandem.shared.Quarter quarter, String parent, String title) {
		return """
				{"title": "%s", "why": "Customers give up", "quarter": "%s", "level": "TEAM",
				 "ownerId": "%s", "teamId": "%s", "parentId": %s}
				""".formatted(title, quarter, owner, team, parent == null ? "null" : "\"" + parent + "\"");
	}

	private String[] auth() {
		return new String[] { "Authorization", "Bearer " + token, "Accept", "application/json" };
	}

	private HttpResponse<String> post(String path, String body) {
		return send("POST", path, body);
	}

	private HttpResponse<String> send(String method, String path, String body) {
		return http.send(method, path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json",
				"Accept", "application/json");
	}

	private static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
	}

	private static List<String> statements(JsonNode due) {
		var statements = new ArrayList<String>();
		due.forEach(d -> statements.add(d.get("statement").asString()));
		return statements;
	}

	private static List<String> fields(HttpResponse<String> response) {
		var fields = new ArrayList<String>();
		var errors = json.readTree(response.body()).get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends OkrApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends OkrApiTests {

	}

}
