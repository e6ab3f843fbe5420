package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's timeline over HTTP: structured changes a client can render, hats on
 * their effective dates, filters and paging, on H2 and PostgreSQL.
 */
abstract class OrgChangesApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("org-changes"), "Timeline reader", Role.MEMBER, null);
		token = tokens.create(user.id(), "timeline tests").secret();
	}

	@Test
	void datesAHatHandoverByWhenItTakesEffect() {
		var jonas = createPerson("Jonas " + Unique.suffix());
		startHat(jonas, "CTO", "2019-03-01", null);
		startHat(jonas, "CPO", "2019-03-01", "2025-08-31");
		var sofia = createPerson("Sofia " + Unique.suffix());
		startHat(sofia, "CPO", "2025-09-01", null);

		var jonasChanges = changes("person=" + jonas);
		var sofiaChanges = changes("person=" + sofia + "&category=HATS");

		assertThat(summaries(jonasChanges)).containsExactly("HAT_ENDED 2025-08-31 [CPO] cpto=false",
				"HAT_STARTED 2019-03-01 [CTO, CPO] cpto=true");
		assertThat(summaries(sofiaChanges)).containsExactly("HAT_STARTED 2025-09-01 [CPO] cpto=false");
		assertThat(sofiaChanges.get(0).get("person").get("id").asString()).isEqualTo(sofia);
		assertThat(sofiaChanges.get(0).get("recordedAt").isNull()).isTrue();
	}

	@Test
	void recordsTeamDuoAndMemberChangesWithBeforeAndAfter() {
		var priya = createPerson("Priya " + Unique.suffix());
		var name = "Checkout " + Unique.suffix();
		var team = ok(post("/api/v1/teams", """
				{"name": "%s", "kind": "STREAM_ALIGNED"}
				""".formatted(name)), 201);
		var teamId = team.get("id").asString();
		var withMember = ok(post("/api/v1/teams/" + teamId + "/members", """
				{"personId": "%s", "skills": ["BACK_END"], "allocationPercent": 60}
				""".formatted(priya)), 200);
		ok(send("PUT", "/api/v1/teams/" + teamId, """
				{"name": "%s v2", "kind": "PLATFORM", "productManagerId": "%s", "version": %d}
				""".formatted(name, priya, withMember.get("version").asLong())), 200);
		ok(post("/api/v1/teams/" + teamId + "/members", """
				{"personId": "%s", "skills": ["BACK_END"], "allocationPercent": 40}
				""".formatted(priya)), 200);
		ok(send("DELETE", "/api/v1/teams/" + teamId + "/members/" + priya, null), 200);

		var changes = changes("team=" + teamId);

		assertThat(kinds(changes)).containsExactly("MEMBER_LEFT", "MEMBER_CHANGED", "PRODUCT_MANAGER_CHANGED",
				"TEAM_KIND_CHANGED", "TEAM_RENAMED", "MEMBER_JOINED", "TEAM_CREATED");
		assertThat(changes.get(1).get("before").asString()).isEqualTo("60");
		assertThat(changes.get(1).get("after").asString()).isEqualTo("40");
		assertThat(changes.get(2).get("person").get("id").asString()).isEqualTo(priya);
		assertThat(changes.get(3).get("before").asString()).isEqualTo("STREAM_ALIGNED");
		assertThat(changes.get(3).get("after").asString()).isEqualTo("PLATFORM");
		assertThat(changes.get(4).get("after").asString()).isEqualTo(name + " v2");
		assertThat(changes.get(6).get("team").get("name").asString()).isEqualTo(name + " v2");
		assertThat(kinds(changes("team=" + teamId + "&category=DUOS"))).containsExactly("PRODUCT_MANAGER_CHANGED");
	}

	@Test
	void pagesThroughTheTimeline() {
		var person = createPerson("Pager " + Unique.suffix());
		for (int year = 2001; year <= 2005; year++) {
			startHat(person, "DEVELOPER", year + "-01-01", year + "-06-01");
		}

		var first = changes("person=" + person + "&limit=4");
		var rest = changes("person=" + person + "&limit=10&offset=4");

		assertThat(first).hasSize(4);
		assertThat(first.get(0).get("date").asString()).isEqualTo("2005-06-01");
		assertThat(rest).hasSize(6);
		assertThat(rest.get(5).get("date").asString()).isEqualTo("2001-01-01");
		assertThat(http.get("/api/v1/org/changes?limit=0", auth()).statusCode()).isEqualTo(400);
	}

	@Test
	void writesReadableAuditSummaries() {
		var person = createPerson("Audrey " + Unique.suffix());
		startHat(person, "LEAD_DEVELOPER", "2024-01-01", null);
		var team = ok(post("/api/v1/teams", """
				{"name": "Audit %s", "kind": "PLATFORM"}
				""".formatted(Unique.suffix())), 201);
		ok(post("/api/v1/teams/" + team.get("id").asString() + "/members", """
				{"personId": "%s", "skills": ["BACK_END", "front end"], "allocationPercent": 100}
				""".formatted(person)), 200);

		var audit = http.get("/api/v1/audit/person/" + person + "?limit=20", auth());

		assertThat(audit.body()).contains("started wearing the Lead developer hat", "100% as Back end, Front end")
			.doesNotContain("LEAD_DEVELOPER hat", "as BACK_END");
	}

	private List<JsonNode> changes(String query) {
		var list = new ArrayList<JsonNode>();
		var limit = query.contains("limit=") ? "" : "limit=100&";
		ok(http.get("/api/v1/org/changes?" + limit + query, auth()), 200).forEach(list::add);
		return list;
	}

	private static List<String> kinds(List<JsonNode> changes) {
		return changes.stream().map(c -> c.get("kind").asString()).toList();
	}

	private static List<String> summaries(List<JsonNode> changes) {
		return changes.stream().map(c -> {
			var hats = new ArrayList<String>();
			c.get("hats").forEach(h -> hats.add(h.asString()));
			return c.get("kind").asString() + " " + c.get("date").asString() + " " + hats + " cpto="
					+ c.get("cpto").asBoolean();
		}).toList();
	}

	private String createPerson(String name) {
		return ok(post("/api/v1/people", "{\"name\": \"%s\", \"email\": \"%s\"}".formatted(name, Unique.email("tl"))),
				201)
			.get("id")
			.asString();
	}

	private void startHat(String person, String kind, String startsOn, String endsOn) {
		ok(post("/api/v1/people/" + person + "/hats", "{\"kind\": \"%s\", \"startsOn\": \"%s\", \"endsOn\": %s}"
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

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends OrgChangesApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends OrgChangesApiTests {

	}

}
