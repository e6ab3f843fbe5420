package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's REST API over HTTP, as a script with a personal token would use it,
 * on H2 and PostgreSQL.
 */
abstract class OrgApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("org-api"), "Org API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "org tests").secret();
	}

	@Test
	void createsATeamWithItsDuoAndMembersAndComputesItsWarnings() {
		var pm = createPerson("Priya PM");
		startHat(pm, "PRODUCT_MANAGER", "2025-01-01", null);
		var lead = createPerson("Lee Lead");
		startHat(lead, "LEAD_DEVELOPER", "2025-01-01", null);
		var dev = createPerson("Dana Dev");
		var group = id(ok(post("/api/v1/groups", """
				{"name": "Payments %s", "productDirectorId": null, "engineeringManagerId": null}
				""".formatted(Unique.suffix())), 201));

		var team = ok(post("/api/v1/teams", """
				{"name": "Checkout %s", "mission": "Let people pay", "kind": "STREAM_ALIGNED",
				 "neededSkills": ["BACK_END", "front end", "machine learning"],
				 "productManagerId": "%s", "leadDeveloperId": "%s", "groupId": "%s"}
				""".formatted(Unique.suffix(), pm, lead, group)), 201);
		var teamId = id(team);
		assertThat(codes(team.get("warnings"))).containsExactlyInAnyOrder("MISSING_SKILL:BACK_END",
				"MISSING_SKILL:FRONT_END", "MISSING_SKILL:MACHINE_LEARNING");

		ok(post("/api/v1/teams/" + teamId + "/members", """
				{"personId": "%s", "skills": ["BACK_END", "Machine Learning"], "allocationPercent": 60}
				""".formatted(dev)), 200);
		var read = ok(post("/api/v1/teams/" + teamId + "/members", """
				{"personId": "%s", "skills": ["FRONT_END"], "allocationPercent": 40}
				""".formatted(lead)), 200);

		assertThat(read.get("members")).hasSize(2);
		assertThat(read.get("productManager").get("name").asString()).isEqualTo("Priya PM");
		assertThat(read.get("group").get("id").asString()).isEqualTo(group);
		assertThat(codes(read.get("warnings"))).isEmpty();

		var overview = ok(http.get("/api/v1/org/overview", auth()), 200);
		assertThat(overview.toString()).contains(teamId);
		var groupView = ok(http.get("/api/v1/groups/" + group, auth()), 200);
		assertThat(groupView.get("teams").get(0).get("id").asString()).isEqualTo(teamId);
		assertThat(codes(groupView.get("warnings"))).containsExactly("MISSING_PRODUCT_DIRECTOR:",
				"MISSING_ENGINEERING_MANAGER:");

		var changes = ok(http.get("/api/v1/org/changes?limit=500&team=" + teamId, auth()), 200);
		var kindsAboutTeam = new ArrayList<String>();
		changes.forEach(c -> kindsAboutTeam.add(c.get("kind").asString()));
		assertThat(kindsAboutTeam).containsExactly("MEMBER_JOINED", "MEMBER_JOINED", "LEAD_DEVELOPER_CHANGED",
				"PRODUCT_MANAGER_CHANGED", "TEAM_CREATED");
	}

	@Test
	void flagsAComponentTeamAndAMissingDuo() {
		var team = ok(post("/api/v1/teams", """
				{"name": "Database team %s", "kind": "COMPONENT"}
				""".formatted(Unique.suffix())), 201);

		assertThat(codes(team.get("warnings"))).containsExactly("COMPONENT_TEAM:", "MISSING_PRODUCT_MANAGER:",
				"MISSING_LEAD_DEVELOPER:");
	}

	@Test
	void showsCptoForAPersonWearingTheCtoAndCpoHats() {
		var person = createPerson("Casey Both");
		startHat(person, "CTO", "2024-01-01", null);
		startHat(person, "CPO", "2024-06-01", null);

		var read = ok(http.get("/api/v1/people/" + person, auth()), 200);

		assertThat(read.get("titles").get(0).asString()).isEqualTo("CPTO");
		assertThat(read.get("currentHats")).hasSize(2);
	}

	@Test
	void endsAHatAndKeepsItInTheHistory() {
		var person = createPerson("Eve Ender");
		var hat = id(startHat(person, "DEVELOPER", "2024-01-01", null));

		var ended = ok(post("/api/v1/people/" + person + "/hats/" + hat + "/end", "{\"endsOn\": \"2025-01-01\"}"), 200);

		assertThat(ended.get("endsOn").asString()).isEqualTo("2025-01-01");
		var read = ok(http.get("/api/v1/people/" + person, auth()), 200);
		assertThat(read.get("currentHats")).isEmpty();
		assertThat(read.get("hatHistory")).hasSize(1);
		assertThat(
				post("/api/v1/people/" + person + "/hats/" + hat + "/end", "{\"endsOn\": \"2025-06-01\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void refusesAHatThatEndsBeforeItStartsAndChangesNothing() {
		var person = createPerson("Hal Hats");

		var response = post("/api/v1/people/" + person + "/hats", """
				{"kind": "QA", "startsOn": "2026-03-01", "endsOn": "2026-01-01"}
				""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("endsOn");
		assertThat(ok(http.get("/api/v1/people/" + person, auth()), 200).get("hatHistory")).isEmpty();
	}

	@Test
	void refusesAnOverlappingHatOfTheSameKind() {
		var person = createPerson("Olga Overlap");
		startHat(person, "QA", "2026-01-01", null);

		var response = post("/api/v1/people/" + person + "/hats", """
				{"kind": "QA", "startsOn": "2026-03-01"}
				""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("startsOn");
	}

	@Test
	void refusesADuplicateEmailIgnoringCase() {
		var email = Unique.email("dupe");
		ok(post("/api/v1/people", "{\"name\": \"First\", \"email\": \"%s\"}".formatted(email)), 201);

		var response = post("/api/v1/people",
				"{\"name\": \"Second\", \"email\": \"%s\"}".formatted(email.toUpperCase()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("email");
		assertThat(jdbc.sql("select count(*) from org_person where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAStaleTeamVersionWith409() {
		var name = "Search " + Unique.suffix();
		var team = ok(post("/api/v1/teams", "{\"name\": \"%s\", \"kind\": \"PLATFORM\"}".formatted(name)), 201);
		var id = id(team);
		var version = team.get("version").asLong();

		var first = ok(send("PUT", "/api/v1/teams/" + id, """
				{"name": "%s v2", "kind": "PLATFORM", "mission": "Find things", "version": %d}
				""".formatted(name, version)), 200);
		var stale = send("PUT", "/api/v1/teams/" + id, """
				{"name": "%s v3", "kind": "ENABLING", "version": %d}
				""".formatted(name, version));

		assertThat(first.get("version").asLong()).isGreaterThan(version);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var read = ok(http.get("/api/v1/teams/" + id, auth()), 200);
		assertThat(read.get("name").asString()).isEqualTo(name + " v2");
		assertThat(read.get("kind").asString()).isEqualTo("PLATFORM");
	}

	@Test
	void refusesADuplicateTeamNameIgnoringCase() {
		var name = "Growth " + Unique.suffix();
		ok(post("/api/v1/teams", "{\"name\": \"%s\", \"kind\": \"PLATFORM\"}".formatted(name)), 201);

		var response = post("/api/v1/teams",
				"{\"name\": \"%s\", \"kind\": \"PLATFORM\"}".formatted(name.toUpperCase()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("name");
	}

	@Test
	void refusesMalformedJsonAndValuesOfTheWrongType() {
		var person = createPerson("Tom Types");
		var team = id(
				ok(post("/api/v1/teams", "{\"name\": \"Types %s\", \"kind\": \"PLATFORM\"}".formatted(Unique.suffix())),
						201));

		assertThat(post("/api/v1/teams", "{\"name\": \"broken\"").statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/teams", "{\"name\": \"Kinds\", \"kind\": \"SQUAD\"}").statusCode()).isEqualTo(400);
		var wrongType = post("/api/v1/teams/" + team + "/members", """
				{"personId": "%s", "allocationPercent": "lots"}
				""".formatted(person));
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(fields(wrongType)).containsExactly("allocationPercent");
		assertThat(post("/api/v1/people/" + person + "/hats", "{\"kind\": \"QA\", \"startsOn\": \"yesterday\"}")
			.statusCode()).isEqualTo(400);
		assertThat(
				post("/api/v1/teams/" + team + "/members", "{\"personId\": \"not-a-uuid\", \"allocationPercent\": 10}")
					.statusCode())
			.isEqualTo(400);
		assertThat(post("/api/v1/people", "{\"name\": \"X\", \"email\": \"x@example.com\", \"extra\": 1}").statusCode())
			.isEqualTo(400);
		assertThat(ok(http.get("/api/v1/teams/" + team, auth()), 200).get("members")).isEmpty();
	}

	@Test
	void refusesAnAllocationOutsideOneToAHundred() {
		var person = createPerson("Al Location");
		var team = id(
				ok(post("/api/v1/teams", "{\"name\": \"Alloc %s\", \"kind\": \"PLATFORM\"}".formatted(Unique.suffix())),
						201));

		var response = post("/api/v1/teams/" + team + "/members", """
				{"personId": "%s", "allocationPercent": 101}
				""".formatted(person));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("allocationPercent");
	}

	@Test
	void showsAnAllocationOverAHundredPercentAsAWarning() {
		var person = createPerson("Busy Bee");
		for (int i = 0; i < 2; i++) {
			var team = id(ok(
					post("/api/v1/teams", "{\"name\": \"Busy %s\", \"kind\": \"PLATFORM\"}".formatted(Unique.suffix())),
					201));
			ok(post("/api/v1/teams/" + team + "/members",
					"{\"personId\": \"%s\", \"allocationPercent\": 60}".formatted(person)), 200);
		}

		var read = ok(http.get("/api/v1/people/" + person, auth()), 200);

		assertThat(read.get("totalAllocationPercent").asInt()).isEqualTo(120);
		assertThat(codes(read.get("warnings"))).containsExactly("OVER_ALLOCATED:120%");
	}

	@Test
	void removesAMember() {
		var person = createPerson("Leaving Lou");
		var team = id(
				ok(post("/api/v1/teams", "{\"name\": \"Leave %s\", \"kind\": \"PLATFORM\"}".formatted(Unique.suffix())),
						201));
		ok(post("/api/v1/teams/" + team + "/members",
				"{\"personId\": \"%s\", \"allocationPercent\": 50}".formatted(person)), 200);

		var read = ok(send("DELETE", "/api/v1/teams/" + team + "/members/" + person, null), 200);

		assertThat(read.get("members")).isEmpty();
		assertThat(send("DELETE", "/api/v1/teams/" + team + "/members/" + person, null).statusCode()).isEqualTo(404);
	}

	@Test
	void answers404ForUnknownIds() {
		var unknown = UUID.randomUUID();
		assertThat(http.get("/api/v1/teams/" + unknown, auth()).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + unknown, auth()).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/groups/" + unknown, auth()).statusCode()).isEqualTo(404);
		assertThat(post("/api/v1/people/" + unknown + "/hats", "{\"kind\": \"QA\", \"startsOn\": \"2026-01-01\"}")
			.statusCode()).isEqualTo(404);
		var person = createPerson("Una Known");
		assertThat(post("/api/v1/people/" + person + "/hats/" + unknown + "/end", "{\"endsOn\": \"2026-01-01\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void answers400ForAMalformedId() {
		var response = http.get("/api/v1/teams/not-a-uuid", auth());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
		assertThat(http.get("/api/v1/people/123", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/groups/x", auth()).statusCode()).isEqualTo(400);
		assertThat(send("DELETE", "/api/v1/teams/" + UUID.randomUUID() + "/members/nope", null).statusCode())
			.isEqualTo(400);
	}

	@Test
	void refusesOversizedTextAndChangesNothing() {
		var name = "Oversized " + Unique.suffix();
		var created = post("/api/v1/teams",
				"{\"name\": \"%s\", \"kind\": \"PLATFORM\", \"mission\": \"%s\"}".formatted(name, "m".repeat(2001)));
		assertThat(created.statusCode()).isEqualTo(400);
		assertThat(fields(created)).containsExactly("mission");
		assertThat(jdbc.sql("select count(*) from org_team where name = :name")
			.param("name", name)
			.query(Long.class)
			.single()).isZero();

		var team = ok(post("/api/v1/teams",
				"{\"name\": \"%s\", \"kind\": \"PLATFORM\", \"mission\": \"Small\"}".formatted(name)), 201);
		var update = send("PUT", "/api/v1/teams/" + id(team),
				"{\"name\": \"%s\", \"kind\": \"PLATFORM\", \"version\": %d}".formatted("n".repeat(201),
						team.get("version").asLong()));
		assertThat(update.statusCode()).isEqualTo(400);
		assertThat(fields(update)).containsExactly("name");
		var read = ok(http.get("/api/v1/teams/" + id(team), auth()), 200);
		assertThat(read.get("name").asString()).isEqualTo(name);
		assertThat(read.get("version").asLong()).isEqualTo(team.get("version").asLong());

		assertThat(post("/api/v1/people",
				"{\"name\": \"%s\", \"email\": \"%s\"}".formatted("p".repeat(201), Unique.email("big")))
			.statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/teams/" + id(team) + "/members",
				"{\"personId\": \"%s\", \"skills\": [\"%s\"], \"allocationPercent\": 10}"
					.formatted(createPerson("Sk Ill"), "s".repeat(41)))
			.statusCode()).isEqualTo(400);
		assertThat(ok(http.get("/api/v1/teams/" + id(team), auth()), 200).get("members")).isEmpty();
	}

	@Test
	void updatesAPersonWithTheVersionTheyWereReadAt() {
		var person = ok(
				post("/api/v1/people", "{\"name\": \"Before\", \"email\": \"%s\"}".formatted(Unique.email("upd"))),
				201);
		var body = "{\"name\": \"After\", \"email\": \"%s\", \"version\": %d}".formatted(person.get("email").asString(),
				person.get("version").asLong());

		assertThat(ok(send("PUT", "/api/v1/people/" + id(person), body), 200).get("name").asString())
			.isEqualTo("After");
		assertThat(send("PUT", "/api/v1/people/" + id(person), body).statusCode()).isEqualTo(409);
	}

	@Test
	void refusesWritesFromAViewer() {
		var viewer = accounts.create(Unique.email("viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "viewer").secret();

		var response = http.send("POST", "/api/v1/people",
				"{\"name\": \"Nope\", \"email\": \"%s\"}".formatted(Unique.email("nope")), "Authorization",
				"Bearer " + viewerToken, "Content-Type", "application/json");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/people", "Authorization", "Bearer " + viewerToken).statusCode()).isEqualTo(200);
	}

	@Test
	void updatesAGroupAndRefusesAStaleVersion() {
		var director = createPerson("Dora Director");
		startHat(director, "HEAD_OF_PRODUCT", "2025-01-01", null);
		var group = ok(post("/api/v1/groups", "{\"name\": \"Area %s\"}".formatted(Unique.suffix())), 201);
		var body = "{\"name\": \"%s\", \"productDirectorId\": \"%s\", \"version\": %d}"
			.formatted(group.get("name").asString(), director, group.get("version").asLong());

		var updated = ok(send("PUT", "/api/v1/groups/" + id(group), body), 200);

		assertThat(updated.get("productDirector").get("name").asString()).isEqualTo("Dora Director");
		assertThat(codes(updated.get("warnings"))).containsExactly("MISSING_ENGINEERING_MANAGER:");
		assertThat(send("PUT", "/api/v1/groups/" + id(group), body).statusCode()).isEqualTo(409);
		assertThat(http.get("/api/v1/groups", auth()).body()).contains(id(group));
	}

	@Test
	void deletesATeamWithItsMembershipsButKeepsItsHistory() {
		var person = createPerson("Del Member");
		var team = ok(
				post("/api/v1/teams", "{\"name\": \"Doomed %s\", \"kind\": \"ENABLING\"}".formatted(Unique.suffix())),
				201);
		var read = ok(post("/api/v1/teams/" + id(team) + "/members",
				"{\"personId\": \"%s\", \"allocationPercent\": 20}".formatted(person)), 200);

		assertThat(send("DELETE", "/api/v1/teams/" + id(team) + "?version=" + (read.get("version").asLong() - 1), null)
			.statusCode()).isEqualTo(409);
		assertThat(send("DELETE", "/api/v1/teams/" + id(team) + "?version=" + read.get("version").asLong(), null)
			.statusCode()).isEqualTo(204);

		assertThat(http.get("/api/v1/teams/" + id(team), auth()).statusCode()).isEqualTo(404);
		assertThat(ok(http.get("/api/v1/people/" + person, auth()), 200).get("teams")).isEmpty();
		assertThat(http.get("/api/v1/org/changes?limit=50&team=" + id(team), auth()).body()).contains("TEAM_DELETED",
				team.get("name").asString());
	}

	@Test
	void documentsTheApiInOpenApi() {
		var response = http.get("/api/docs/openapi.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/teams/{id}/members", "/api/v1/people/{id}/hats/{hatId}/end",
				"/api/v1/org/overview");
	}

	private String createPerson(String name) {
		return id(ok(post("/api/v1/people", "{\"name\": \"%s\", \"email\": \"%s\"}".formatted(name, Unique.email("p"))),
				201));
	}

	private JsonNode startHat(String person, String kind, String startsOn, String endsOn) {
		return ok(post("/api/v1/people/" + person + "/hats", "{\"kind\": \"%s\", \"startsOn\": \"%s\", \"endsOn\": %s}"
			.formatted(kind, startsOn, endsOn == null ? "null" : "\"" + endsOn + "\"")), 201);
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

	private static List<String> codes(JsonNode warnings) {
		var codes = new ArrayList<String>();
		warnings.forEach(w -> codes.add(w.get("kind").asString() + ":" + w.get("detail").asString()));
		return codes;
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
	static class OnH2Tests extends OrgApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends OrgApiTests {

	}

}
