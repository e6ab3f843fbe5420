package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
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
 * Debt items with principal and interest, the team's debt budget and its debt report,
 * over HTTP with a personal token, on H2 and PostgreSQL.
 */
abstract class TechnicalDebtApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Teams teams;

	@Autowired
	Workflow workflow;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("debt-api"), "Debt API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "debt").secret();
	}

	@Test
	void debtItemsCarryPrincipalAndInterestAndTheReportSumsThem() {
		var team = team("Legacy");
		var first = ok(post("/api/v1/delivery/items", item("DEBT", "Old ORM", team, "16", "2.5")), 201);
		ok(post("/api/v1/delivery/items", item("DEBT", "Flaky build", team, "4", "1.5")), 201);
		var done = ok(post("/api/v1/delivery/items", item("DEBT", "Dead code", team, "8", "1")), 201);
		var story = ok(post("/api/v1/delivery/items", item("STORY", "Checkout", team, null, null)), 201);
		finish(done);
		finish(story);

		var report = ok(http.get("/api/v1/delivery/teams/" + team + "/debt?weeks=12", auth()), 200);

		assertThat(first.get("debt").get("principalHours").asDouble()).isEqualTo(16.0);
		assertThat(report.get("openDebtItems").asInt()).isEqualTo(2);
		assertThat(report.get("openPrincipalHours").asDouble()).isEqualTo(20.0);
		assertThat(report.get("weeklyInterestHours").asDouble()).isEqualTo(4.0);
		assertThat(report.get("lastFourWeeks").get("itemPercent").asInt()).isEqualTo(50);
		assertThat(report.get("budgetPercent").asInt()).isEqualTo(20);
		assertThat(report.get("overBudget").asBoolean()).isTrue();
		assertThat(report.get("weeks")).hasSize(12);
		assertThat(report.get("weeks").get(11).get("items").asInt()).isEqualTo(2);
	}

	@Test
	void onlyDebtItemsHaveAPrincipalOrAnInterest() {
		var team = team("Strict debt");

		var refused = post("/api/v1/delivery/items", item("STORY", "Not debt", team, "3", "1"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("principalHours", "interestHours");
	}

	@Test
	void theBudgetDefaultsToTwentyAndIsGuardedByItsVersion() {
		var team = team("Budget");
		var budget = ok(http.get("/api/v1/delivery/teams/" + team + "/debt-budget", auth()), 200);
		assertThat(budget.get("percent").asInt()).isEqualTo(20);
		assertThat(budget.get("version").asLong()).isZero();

		var set = ok(
				send("PUT", "/api/v1/delivery/teams/" + team + "/debt-budget", "{\"percent\": 60, \"version\": 0}"),
				200);
		var stale = send("PUT", "/api/v1/delivery/teams/" + team + "/debt-budget", "{\"percent\": 10, \"version\": 0}");
		var outOfRange = send("PUT", "/api/v1/delivery/teams/" + team + "/debt-budget",
				"{\"percent\": 101, \"version\": 1}");

		assertThat(set.get("percent").asInt()).isEqualTo(60);
		assertThat(set.get("version").asLong()).isEqualTo(1);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(fields(outOfRange)).containsExactly("percent");
		assertThat(
				http.get("/api/v1/delivery/teams/" + java.util.UUID.randomUUID() + "/debt-budget", auth()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aViewerCannotChangeTheBudget() {
		var team = team("Viewed budget");
		var viewer = accounts.create(Unique.email("debt-viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "viewer").secret();

		var put = http.send("PUT", "/api/v1/delivery/teams/" + team + "/debt-budget",
				"{\"percent\": 30, \"version\": 0}", "Authorization", "Bearer " + viewerToken, "Content-Type",
				"application/json");

		assertThat(put.statusCode()).isEqualTo(403);
	}

	private void finish(JsonNode item) {
		var id = WorkItemId.of(item.get("id").asString());
		var from = WorkflowState.BACKLOG;
		for (var state : List.of(WorkflowState.READY, WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW,
				WorkflowState.DONE)) {
			workflow.transition(id, state, from, null, "debt-api@example.com");
			from = state;
		}
	}

	private static String item(String kind, String title, String team, String principal, String interest) {
		return """
				{"kind": "%s", "title": "%s", "teamId": "%s", "principalHours": %s, "interestHours": %s}
				""".formatted(kind, title, team, principal, interest);
	}

	private String team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id()
			.toString();
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
	static class OnH2Tests extends TechnicalDebtApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends TechnicalDebtApiTests {

	}

}
