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
 * Deployments and incidents recorded as a CI job with a personal token would, and the
 * DORA figures read back, on H2 and PostgreSQL.
 */
abstract class DeliveryQualityApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Teams teams;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("dora-api"), "DORA API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "ci").secret();
	}

	@Test
	void recordsDeploymentsAndIncidentsAndReadsTheFourFigures() {
		var team = team("Payments");
		var service = "billing-" + Unique.suffix();
		var first = ok(post("/api/v1/delivery/deployments", deployment(service, team, "1.0", "2026-03-02T12:00:00Z",
				"SUCCESS", "2026-03-02T10:00:00Z", "2026-03-02T08:00:00Z")), 201);
		ok(post("/api/v1/delivery/deployments", deployment(service, team, "1.1", "2026-03-03T12:00:00Z", "SUCCESS",
				"2026-03-03T11:00:00Z", "2026-03-03T02:00:00Z")), 201);
		ok(post("/api/v1/delivery/deployments",
				deployment(service, team, "1.2", "2026-03-04T12:00:00Z", "ROLLED_BACK", "2026-02-01T00:00:00Z")), 201);
		var incident = ok(post("/api/v1/delivery/incidents", """
				{"service": "%s", "teamId": "%s", "startedAt": "2026-03-02T13:00:00Z", "causedByDeploymentId": "%s"}
				""".formatted(service, team, first.get("id").asString())), 201);
		assertThat(incident.get("resolvedAt").isNull()).isTrue();

		var resolved = ok(post("/api/v1/delivery/incidents/" + incident.get("id").asString() + "/resolve",
				"{\"resolvedAt\": \"2026-03-02T15:00:00Z\"}"), 200);

		assertThat(resolved.get("resolvedAt").asString()).startsWith("2026-03-02T15:00");
		var report = ok(http.get("/api/v1/delivery/dora?team=%s&from=2026-03-01&to=2026-03-10".formatted(team), auth()),
				200);
		var figures = report.get("services").get(0);
		assertThat(figures.get("scope").asString()).isEqualTo(service);
		assertThat(figures.get("deployments").asInt()).isEqualTo(3);
		// commits 2, 4, 1 and 10 hours before successful deployments: median 3 hours
		assertThat(figures.get("leadTimeHours").asDouble()).isEqualTo(3.0);
		assertThat(figures.get("leadTimeBand").asString()).isEqualTo("ELITE");
		// the rolled back one and the one that caused an incident: 2 of 3
		assertThat(figures.get("changeFailurePercent").asInt()).isEqualTo(67);
		assertThat(figures.get("changeFailureBand").asString()).isEqualTo("LOW");
		assertThat(figures.get("timeToRestoreHours").asDouble()).isEqualTo(2.0);
		assertThat(figures.get("frequencyBand").asString()).isEqualTo("HIGH");
		assertThat(report.get("teams").get(0).get("deployments").asInt()).isEqualTo(3);
		assertThat(
				ok(http.get("/api/v1/delivery/deployments?service=%s&from=2026-03-01&to=2026-03-31".formatted(service),
						auth()), 200))
			.hasSize(3);
		assertThat(
				ok(http.get("/api/v1/delivery/incidents?team=%s&from=2026-03-01&to=2026-03-31".formatted(team), auth()),
						200))
			.hasSize(1);
	}

	@Test
	void anEmptyWindowShowsNoDataRatherThanZero() {
		var team = team("Quiet");
		var report = ok(http.get("/api/v1/delivery/dora?team=%s&from=2026-01-01&to=2026-01-31".formatted(team), auth()),
				200);

		assertThat(report.get("teams")).isEmpty();
		assertThat(report.get("from").asString()).isEqualTo("2026-01-01");
	}

	@Test
	void refusesUnknownTeamsCommitsAfterTheDeploymentAndIncidentsResolvedBeforeTheyStarted() {
		var team = team("Strict");
		var unknownTeam = post("/api/v1/delivery/deployments",
				deployment("svc", java.util.UUID.randomUUID().toString(), "1.0", "2026-03-02T12:00:00Z", "SUCCESS"));
		var lateCommit = post("/api/v1/delivery/deployments",
				deployment("svc", team, "1.0", "2026-03-02T12:00:00Z", "SUCCESS", "2026-03-02T13:00:00Z"));
		var backwards = post("/api/v1/delivery/incidents", """
				{"service": "svc", "teamId": "%s", "startedAt": "2026-03-02T13:00:00Z",
				 "resolvedAt": "2026-03-02T12:00:00Z"}
				""".formatted(team));
		var open = ok(post("/api/v1/delivery/incidents", """
				{"service": "svc", "teamId": "%s", "startedAt": "2026-03-02T13:00:00Z"}
				""".formatted(team)), 201);
		var resolvedEarly = post("/api/v1/delivery/incidents/" + open.get("id").asString() + "/resolve",
				"{\"resolvedAt\": \"2026-03-01T00:00:00Z\"}");

		assertThat(unknownTeam.statusCode()).isEqualTo(400);
		assertThat(fields(unknownTeam)).containsExactly("teamId");
		assertThat(lateCommit.statusCode()).isEqualTo(400);
		assertThat(fields(lateCommit)).containsExactly("commits[0].committedAt");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("resolvedAt");
		assertThat(resolvedEarly.statusCode()).isEqualTo(400);
		assertThat(fields(resolvedEarly)).containsExactly("resolvedAt");
	}

	@Test
	void aViewerReadsButCannotRecord() {
		var team = team("Watched");
		var viewer = accounts.create(Unique.email("dora-viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "viewer").secret();

		var recorded = http.send("POST", "/api/v1/delivery/deployments",
				deployment("svc", team, "1.0", "2026-03-02T12:00:00Z", "SUCCESS"), "Authorization",
				"Bearer " + viewerToken, "Content-Type", "application/json");

		assertThat(recorded.statusCode()).isEqualTo(403);
		assertThat(
				http.get("/api/v1/delivery/dora?team=" + team, "Authorization", "Bearer " + viewerToken).statusCode())
			.isEqualTo(200);
	}

	@Test
	void documentsTheApiInOpenApi() {
		assertThat(http.get("/api/docs/openapi.json").body()).contains("/api/v1/delivery/deployments",
				"/api/v1/delivery/incidents/{id}/resolve", "Authorization: Bearer");
	}

	private static String deployment(String service, String team, String version, String at, String status,
			String... commitTimes) {
		var commits = new ArrayList<String>();
		for (int i = 0; i < commitTimes.length; i++) {
			commits.add("{\"sha\": \"c%d%s\", \"committedAt\": \"%s\"}".formatted(i, version, commitTimes[i]));
		}
		return """
				{"service": "%s", "teamId": "%s", "version": "%s", "deployedAt": "%s", "status": "%s",
				 "commits": [%s]}
				""".formatted(service, team, version, at, status, String.join(",", commits));
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
		return http.send("POST", path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json",
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
	static class OnH2Tests extends DeliveryQualityApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends DeliveryQualityApiTests {

	}

}
