package dev.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discovery's REST API over HTTP, as a script with a personal token would use it, on H2
 * and PostgreSQL; and the roadmap refusing an item in Now while the evidence guardrail is
 * not satisfied. The guardrail rule is global, so every test that turns it on turns it
 * off again.
 */
abstract class DiscoveryApiTests {

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

	private Http http;

	private String member;

	private String admin;

	private String memberEmail;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		memberEmail = Unique.email("discovery-api");
		var user = accounts.create(memberEmail, "Discovery API tester", Role.MEMBER, null);
		member = tokens.create(user.id(), "discovery tests").secret();
		var boss = accounts.create(Unique.email("discovery-admin"), "Discovery admin", Role.ADMIN, null);
		admin = tokens.create(boss.id(), "discovery tests").secret();
	}

	@AfterEach
	void turnTheGuardrailOff() {
		var settings = ok(send(admin, "GET", "/api/v1/discovery/guardrail", null), 200);
		if (settings.get("enabled").asBoolean()) {
			ok(send(admin, "PUT", "/api/v1/discovery/guardrail", """
					{"enabled": false, "minimumInsights": 3, "validatedExperimentSuffices": true,
					 "overrideHats": ["CPO", "HEAD_OF_UX"], "version": %d}
					""".formatted(settings.get("version").asLong())), 200);
		}
	}

	@Test
	void capturesInsightsLinksThemToAnOpportunityAndSummarisesTheEvidence() {
		var first = ok(post("/api/v1/discovery/insights", insight("ACME Corp", LocalDate.now().minusDays(3))), 201);
		var second = ok(post("/api/v1/discovery/insights", insight("acme corp ", LocalDate.now().minusDays(1))), 201);
		var third = ok(post("/api/v1/discovery/insights", insight("SMB segment", LocalDate.now().minusDays(9))), 201);
		assertThat(first.get("tags")).extracting(JsonNode::asString).containsExactly("checkout-speed", "mobile");

		var opportunity = ok(post("/api/v1/discovery/opportunities", """
				{"title": "Checkout is too slow on mobile %s", "description": "People drop off"}
				""".formatted(Unique.suffix())), 201);
		var path = "/api/v1/discovery/opportunities/" + id(opportunity) + "/insights";
		for (var insight : List.of(first, second, third, third)) {
			ok(post(path, "{\"insightId\": \"" + id(insight) + "\"}"), 200);
		}
		var linked = ok(http.get("/api/v1/discovery/opportunities/" + id(opportunity), auth(member)), 200);

		assertThat(linked.get("evidence").get("insights").asInt()).isEqualTo(3);
		assertThat(linked.get("evidence").get("sources").asInt()).isEqualTo(2);
		assertThat(linked.get("evidence").get("newest").asString()).isEqualTo(LocalDate.now().minusDays(1).toString());
		assertThat(linked.get("insights").get(0).get("id").asString()).isEqualTo(id(second));

		var unlinked = ok(send(member, "DELETE", path + "/" + id(third), null), 200);
		assertThat(unlinked.get("evidence").get("insights").asInt()).isEqualTo(1 + 1);
		assertThat(ok(http.get("/api/v1/discovery/opportunities", auth(member)), 200).findValues("title")
			.stream()
			.map(JsonNode::asString)).contains(opportunity.get("title").asString());
	}

	@Test
	void refusesAnInsightFromTheFutureOrWithANonWebLink() {
		var response = post("/api/v1/discovery/insights", """
				{"text": "x", "kind": "INTERVIEW", "source": "ACME", "observedOn": "%s", "link": "ftp://files/x"}
				""".formatted(LocalDate.now().plusDays(2)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).contains("link");
		var future = post("/api/v1/discovery/insights", insight("ACME", LocalDate.now().plusDays(1)));
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(fields(future)).containsExactly("observedOn");
	}

	@Test
	void experimentsNeedAResultExactlyWhenConcludedAndUpdatesQuoteTheirVersion() {
		var idea = idea(opportunity(), null);
		var planned = ok(post("/api/v1/discovery/experiments", experiment(id(idea), "PLANNED", null, null)), 201);
		assertThat(planned.get("ideaTitle").asString()).isEqualTo(idea.get("title").asString());

		var noResult = send(member, "PUT", "/api/v1/discovery/experiments/" + id(planned),
				experiment(id(idea), "CONCLUDED", null, planned.get("version").asLong()));
		assertThat(noResult.statusCode()).isEqualTo(400);
		assertThat(fields(noResult)).containsExactly("result");
		var early = post("/api/v1/discovery/experiments", experiment(id(idea), "RUNNING", "VALIDATED", null));
		assertThat(fields(early)).containsExactly("result");

		var concluded = ok(send(member, "PUT", "/api/v1/discovery/experiments/" + id(planned),
				experiment(id(idea), "CONCLUDED", "VALIDATED", planned.get("version").asLong())), 200);
		assertThat(concluded.get("result").asString()).isEqualTo("VALIDATED");
		var stale = send(member, "PUT", "/api/v1/discovery/experiments/" + id(planned),
				experiment(id(idea), "RUNNING", null, planned.get("version").asLong()));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
	}

	@Test
	void ideasAnswerAnOpportunityThatExistsAndNameARoadmapItemThatExists() {
		var unknownOpportunity = post("/api/v1/discovery/ideas",
				"{\"opportunityId\": \"" + java.util.UUID.randomUUID() + "\", \"title\": \"x\"}");
		assertThat(fields(unknownOpportunity)).containsExactly("opportunityId");
		var unknownItem = post("/api/v1/discovery/ideas", "{\"opportunityId\": \"" + id(opportunity())
				+ "\", \"title\": \"x\", \"roadmapItemId\": \"" + java.util.UUID.randomUUID() + "\"}");
		assertThat(fields(unknownItem)).containsExactly("roadmapItemId");
	}

	@Test
	void onlyAnAdministratorChangesTheGuardrail() {
		var settings = ok(send(member, "GET", "/api/v1/discovery/guardrail", null), 200);
		assertThat(settings.get("enabled").asBoolean()).isFalse();

		var refused = send(member, "PUT", "/api/v1/discovery/guardrail", """
				{"enabled": true, "minimumInsights": 2, "validatedExperimentSuffices": true,
				 "overrideHats": ["HEAD_OF_UX"], "version": %d}""".formatted(settings.get("version").asLong()));
		assertThat(refused.statusCode()).isEqualTo(403);

		var changed = ok(send(admin, "PUT", "/api/v1/discovery/guardrail", """
				{"enabled": true, "minimumInsights": 2, "validatedExperimentSuffices": true,
				 "overrideHats": ["HEAD_OF_UX"], "version": %d}""".formatted(settings.get("version").asLong())), 200);
		assertThat(changed.get("minimumInsights").asInt()).isEqualTo(2);
		assertThat(changed.get("overrideHats")).extracting(JsonNode::asString).containsExactly("HEAD_OF_UX");
		var stale = send(admin, "PUT", "/api/v1/discovery/guardrail", """
				{"enabled": true, "minimumInsights": 2, "version": %d}""".formatted(settings.get("version").asLong()));
		assertThat(stale.statusCode()).isEqualTo(409);
	}

	@Test
	void roadmapRefusesAnItemInNowWithoutEvidenceUntilAHeadOfUxOverridesIt() {
		var item = ok(post("/api/v1/roadmap/items", roadmapItem("NEXT")), 201);
		enableGuardrail(2);

		var refused = post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"version\": " + item.get("version").asLong() + "}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("lane");
		assertThat(refused.body()).contains("needs at least 2 supporting insights or one validated experiment; "
				+ "has no insight and no validated experiment");
		assertThat(post("/api/v1/roadmap/items", roadmapItem("NOW")).statusCode()).isEqualTo(400);

		var overrides = "/api/v1/discovery/roadmap-items/" + id(item) + "/overrides";
		assertThat(post(overrides, "{\"reason\": \"We must\"}").statusCode()).as("no hat").isEqualTo(403);
		var person = people.create("Uma " + Unique.suffix(), Unique.email("uma"),
				accounts.findByEmail(memberEmail).orElseThrow().id());
		people.startHat(person.id(), HatKind.HEAD_OF_UX, LocalDate.now().minusDays(1), null);
		var noReason = post(overrides, "{\"reason\": \" \"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("reason");

		var override = ok(post(overrides, "{\"reason\": \"Regulatory deadline\"}"), 201);
		assertThat(override.get("hat").asString()).isEqualTo("HEAD_OF_UX");
		assertThat(override.get("roadmapItemTitle").asString()).isEqualTo(item.get("title").asString());
		assertThat(ok(http.get(overrides, auth(member)), 200)).hasSize(1);
		assertThat(ok(http.get("/api/v1/discovery/guardrail/overrides", auth(member)), 200).findValues("reason")
			.stream()
			.map(JsonNode::asString)).contains("Regulatory deadline");

		var moved = ok(post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"version\": " + item.get("version").asLong() + "}"), 200);
		assertThat(moved.get("lane").asString()).isEqualTo("NOW");
	}

	@Test
	void aRoadmapItemWithEnoughEvidenceGoesIntoNow() {
		var item = ok(post("/api/v1/roadmap/items", roadmapItem("LATER")), 201);
		var opportunity = opportunity();
		for (var source : List.of("ACME", "Globex")) {
			var insight = ok(post("/api/v1/discovery/insights", insight(source, LocalDate.now())), 201);
			ok(post("/api/v1/discovery/opportunities/" + id(opportunity) + "/insights",
					"{\"insightId\": \"" + id(insight) + "\"}"), 200);
		}
		var idea = idea(opportunity, id(item));
		ok(post("/api/v1/discovery/experiments", experiment(id(idea), "RUNNING", null, null)), 201);
		enableGuardrail(2);

		var evidence = ok(http.get("/api/v1/discovery/roadmap-items/" + id(item) + "/evidence", auth(member)), 200);
		assertThat(evidence.get("insights").get("insights").asInt()).isEqualTo(2);
		assertThat(evidence.get("ideas").get(0).get("roadmapItemTitle").asString())
			.isEqualTo(item.get("title").asString());
		assertThat(evidence.get("opportunities").get(0).get("title").asString())
			.isEqualTo(opportunity.get("title").asString());
		assertThat(evidence.get("experiments")).hasSize(1);
		var check = ok(http.get("/api/v1/discovery/roadmap-items/" + id(item) + "/guardrail", auth(member)), 200);
		assertThat(check.get("passes").asBoolean()).isTrue();

		var moved = ok(post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"version\": " + item.get("version").asLong() + "}"), 200);
		assertThat(moved.get("lane").asString()).isEqualTo("NOW");
	}

	@Test
	void documentsTheDiscoveryApi() {
		var response = http.get("/api/docs/openapi.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/discovery/insights",
				"/api/v1/discovery/opportunities/{id}/insights", "/api/v1/discovery/guardrail",
				"/api/v1/discovery/roadmap-items/{id}/evidence", "/api/v1/discovery/roadmap-items/{id}/overrides",
				"GuardrailSettingsRequest");
	}

	private void enableGuardrail(int minimum) {
		var settings = ok(send(admin, "GET", "/api/v1/discovery/guardrail", null), 200);
		ok(send(admin, "PUT", "/api/v1/discovery/guardrail", """
				{"enabled": true, "minimumInsights": %d, "validatedExperimentSuffices": true,
				 "overrideHats": ["CPO", "HEAD_OF_UX"], "version": %d}
				""".formatted(minimum, settings.get("version").asLong())), 200);
	}

	private JsonNode opportunity() {
		return ok(post("/api/v1/discovery/opportunities", "{\"title\": \"Onboarding " + Unique.suffix() + "\"}"), 201);
	}

	private JsonNode idea(JsonNode opportunity, String roadmapItemId) {
		return ok(post("/api/v1/discovery/ideas", """
				{"opportunityId": "%s", "title": "Guided setup %s", "roadmapItemId": %s}
				""".formatted(id(opportunity), Unique.suffix(),
				roadmapItemId == null ? "null" : "\"" + roadmapItemId + "\"")), 201);
	}

	private String roadmapItem(String lane) {
		var team = teams
			.create(new TeamDetails("Discovery team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
		return """
				{"title": "Faster checkout %s", "teamIds": ["%s"], "lane": "%s"}
				""".formatted(Unique.suffix(), team, lane);
	}

	private static String insight(String source, LocalDate on) {
		return """
				{"text": "Checkout takes too long on my phone", "kind": "INTERVIEW", "source": "%s",
				 "observedOn": "%s", "link": "https://crm.example/calls/1", "tags": ["Mobile", " Checkout speed"]}
				""".formatted(source, on);
	}

	private static String experiment(String idea, String status, String result, Long version) {
		return """
				{"ideaId": "%s", "hypothesis": "A guided setup halves drop-off", "method": "FAKE_DOOR",
				 "successCriterion": "20%% click", "status": "%s", "result": %s, "version": %s}
				""".formatted(idea, status, result == null ? "null" : "\"" + result + "\"",
				version == null ? "null" : version);
	}

	private String[] auth(String token) {
		return new String[] { "Authorization", "Bearer " + token, "Accept", "application/json" };
	}

	private HttpResponse<String> post(String path, String body) {
		return send(member, "POST", path, body);
	}

	private HttpResponse<String> send(String token, String method, String path, String body) {
		if (body == null && method.equals("GET")) {
			return http.get(path, auth(token));
		}
		return http.send(method, path, body == null ? "" : body, "Authorization", "Bearer " + token, "Content-Type",
				"application/json", "Accept", "application/json");
	}

	private static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
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
	static class OnH2Tests extends DiscoveryApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends DiscoveryApiTests {

	}

}
