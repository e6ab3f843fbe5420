package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.OkrSettings;
import dev.tandem.roadmap.Lane;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast API over HTTP against a hand-built history with known answers, on H2 and
 * PostgreSQL: constant throughput gives exact dates, several teams finish with the last
 * one, no history gives no date, bad input is a problem detail and changes nothing.
 */
abstract class ForecastApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.springframework.context.ApplicationContext context;

	private ForecastFixtures fixtures;

	@Autowired
	Commitments commitments;

	@Autowired
	OkrSettings okrSettings;

	@Autowired
	Workflow workflow;

	private Http http;

	private String member;

	private String admin;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		fixtures = new ForecastFixtures(context);
		member = tokens
			.create(accounts.create(Unique.email("forecast-api"), "Forecaster", Role.MEMBER, null).id(),
					"forecast tests")
			.secret();
		admin = tokens
			.create(accounts.create(Unique.email("forecast-admin"), "Admin", Role.ADMIN, null).id(), "forecast tests")
			.secret();
	}

	@Test
	void aRoadmapItemOfASteadyTeamGetsAnExactDate() {
		var team = fixtures.steadyTeam("Steady", 1);
		var item = fixtures.roadmapItem("Gift cards", Lane.NOW, team);
		fixtures.openWork(team, item, 6);

		var forecast = ok(get("/api/v1/forecasts/roadmap-items/" + item.id()), 200);

		var expected = fixtures.today().plusDays(6).toString();
		assertThat(forecast.get("lane").asString()).isEqualTo("NOW");
		var f = forecast.get("forecast");
		assertThat(f.get("status").asString()).isEqualTo("FORECAST");
		assertThat(f.get("remaining").asInt()).isEqualTo(6);
		assertThat(f.get("trials").asInt()).isEqualTo(10_000);
		assertThat(dates(f)).containsExactly(expected, expected, expected);
		assertThat(f.get("likelihoods").get(1).get("percent").asInt()).isEqualTo(85);
		assertThat(f.get("distribution")).hasSize(1);
		assertThat(f.get("distribution").get(0).get("share").asDouble()).isEqualTo(1.0);
		assertThat(f.get("parts").get(0).get("perDay").asDouble()).isEqualTo(1.0);
	}

	@Test
	void anItemAcrossTeamsFinishesWhenTheLastTeamsPartDoes() {
		var slow = fixtures.steadyTeam("Slow", 1);
		var fast = fixtures.steadyTeam("Fast", 2);
		var item = fixtures.roadmapItem("Lockers", Lane.NEXT, slow, fast);
		fixtures.openWork(slow, item, 6);
		fixtures.openWork(fast, item, 10);

		var f = ok(get("/api/v1/forecasts/roadmap-items/" + item.id()), 200).get("forecast");

		assertThat(f.get("parts")).hasSize(2);
		assertThat(f.get("remaining").asInt()).isEqualTo(16);
		assertThat(dates(f)).containsOnly(fixtures.today().plusDays(6).toString());
	}

	@Test
	void aTeamWithoutHistoryGetsNoDate() {
		var quiet = fixtures.team("Quiet");
		var item = fixtures.roadmapItem("Someday", Lane.NOW, quiet);
		fixtures.openWork(quiet, item, 2);

		var f = ok(get("/api/v1/forecasts/roadmap-items/" + item.id()), 200).get("forecast");
		var team = ok(get("/api/v1/forecasts/teams/" + quiet), 200).get("forecast");
		var howMany = ok(get("/api/v1/forecasts/teams/" + quiet + "/how-many?by=" + fixtures.today().plusDays(30)),
				200);

		assertThat(f.get("status").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
		assertThat(f.get("likelihoods")).isEmpty();
		assertThat(f.get("parts").get(0).get("enoughHistory").asBoolean()).isFalse();
		assertThat(team.get("status").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
		assertThat(howMany.get("status").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
		assertThat(howMany.get("counts")).isEmpty();
	}

	@Test
	void aRoadmapItemWithoutWorkOrWithAllOfItDoneSaysSo() {
		var team = fixtures.steadyTeam("Finishers", 1);
		var empty = fixtures.roadmapItem("Empty", Lane.NOW, team);
		var done = fixtures.roadmapItem("Done", Lane.NOW, team);
		var item = fixtures.openWork(team, done, 1).get(0);
		workflow.transition(item.id(), WorkflowState.DONE, WorkflowState.BACKLOG, null, ForecastFixtures.ACTOR);

		assertThat(
				ok(get("/api/v1/forecasts/roadmap-items/" + empty.id()), 200).get("forecast").get("status").asString())
			.isEqualTo("NO_WORK");
		var finished = ok(get("/api/v1/forecasts/roadmap-items/" + done.id()), 200).get("forecast");
		assertThat(finished.get("status").asString()).isEqualTo("NOTHING_LEFT");
	}

	@Test
	void aTeamsNextItemsStartedOnesFirstAndHowManyByADate() {
		var team = fixtures.steadyTeam("Next", 2);
		var open = fixtures.openWork(team, null, 9);
		workflow.transition(open.get(8).id(), WorkflowState.IN_PROGRESS, WorkflowState.BACKLOG, null,
				ForecastFixtures.ACTOR);

		var next4 = ok(get("/api/v1/forecasts/teams/" + team + "?items=4"), 200);
		var byDefault = ok(get("/api/v1/forecasts/teams/" + team), 200);
		var howMany = ok(get("/api/v1/forecasts/teams/" + team + "/how-many?by=" + fixtures.today().plusDays(10)), 200);

		assertThat(next4.get("asked").asInt()).isEqualTo(4);
		assertThat(next4.get("counted").asInt()).isEqualTo(4);
		assertThat(dates(next4.get("forecast"))).containsOnly(fixtures.today().plusDays(2).toString());
		assertThat(byDefault.get("asked").asInt()).isEqualTo(10);
		assertThat(byDefault.get("counted").asInt()).isEqualTo(9);
		assertThat(dates(byDefault.get("forecast"))).containsOnly(fixtures.today().plusDays(5).toString());
		assertThat(howMany.get("days").asInt()).isEqualTo(10);
		assertThat(howMany.get("counts")).extracting(c -> c.get("items").asInt()).containsExactly(20, 20, 20);
		assertThat(howMany.get("counts")).extracting(c -> c.get("percent").asInt()).containsExactly(50, 85, 95);
	}

	@Test
	void badInputIsAProblemAndAnUnknownTeamIsNotFound() {
		var team = fixtures.steadyTeam("Careful", 1);

		var zero = get("/api/v1/forecasts/teams/" + team + "?items=0");
		var past = get("/api/v1/forecasts/teams/" + team + "/how-many?by=" + fixtures.today().minusDays(1));
		var missing = get("/api/v1/forecasts/teams/" + team + "/how-many");
		var notADate = get("/api/v1/forecasts/teams/" + team + "/how-many?by=tomorrow");
		var unknown = get("/api/v1/forecasts/teams/" + java.util.UUID.randomUUID());
		var unknownItem = get("/api/v1/forecasts/roadmap-items/" + java.util.UUID.randomUUID());

		assertThat(zero.statusCode()).isEqualTo(400);
		assertThat(fields(zero)).containsExactly("items");
		assertThat(zero.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(fields(past)).containsExactly("by");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(notADate.statusCode()).isEqualTo(400);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknownItem.statusCode()).isEqualTo(404);
		assertThat(zero.body()).doesNotContain("Exception", "at dev.");
	}

	@Test
	void commitmentRiskCountsTheTeamsWorkOnCommittedRoadmapItems() {
		var team = fixtures.steadyTeam("Committed", 1);
		var item = fixtures.roadmapItem("Checkout v2", Lane.NOW, team);
		fixtures.openWork(team, item, 6);
		var quarter = okrSettings.currentQuarter();
		var set = commitments.add(team, quarter, 0,
				new CommitmentDetails("Ship checkout v2", null, item.id().value(), new BigDecimal("8")));
		commitments.add(team, quarter, set.version(),
				new CommitmentDetails("Be nice", null, null, new BigDecimal("1")));

		var risk = ok(get("/api/v1/forecasts/teams/" + team + "/commitment-risk"), 200);
		var explicit = ok(get("/api/v1/forecasts/teams/" + team + "/commitment-risk?quarter=" + quarter), 200);

		var quarterEnd = okrSettings.calendar().lastDayOf(quarter);
		var expected = fixtures.today().plusDays(6).isAfter(quarterEnd) ? 0 : 100;
		assertThat(risk.get("quarter").toString()).contains(String.valueOf(quarter.year()));
		assertThat(risk.get("quarterEnd").asString()).isEqualTo(quarterEnd.toString());
		assertThat(risk.get("status").asString()).isEqualTo("FORECAST");
		assertThat(risk.get("percent").asInt()).isEqualTo(expected);
		assertThat(risk.get("commitments").asInt()).isEqualTo(2);
		assertThat(risk.get("commitmentsWithoutWork").asInt()).isEqualTo(1);
		assertThat(explicit.get("percent").asInt()).isEqualTo(expected);
		var nothing = ok(get("/api/v1/forecasts/teams/" + fixtures.team("Uncommitted") + "/commitment-risk"), 200);
		assertThat(nothing.get("status").asString()).isEqualTo("NO_WORK");
		assertThat(nothing.get("percent").isNull()).isTrue();
	}

	@Test
	void administratorsChangeTheSettingsAndForecastsFollow() {
		var team = fixtures.steadyTeam("Splitting", 1);
		fixtures.openWork(team, null, 5);
		var before = ok(get("/api/v1/forecasts/settings"), 200);
		var version = before.get("version").asLong();
		assertThat(dates(ok(get("/api/v1/forecasts/teams/" + team), 200).get("forecast")))
			.containsOnly(fixtures.today().plusDays(5).toString());

		var refused = send(member, "PUT", "/api/v1/forecasts/settings", settings(200, version));
		var invalid = send(admin, "PUT", "/api/v1/forecasts/settings", """
				{"windowWeeks": 0, "trials": 10000, "teamItems": 10, "scopeLowPercent": 120, "scopeHighPercent": 100,
				 "splitLowPercent": 100, "splitHighPercent": 100, "version": %d}""".formatted(version));
		var stale = send(admin, "PUT", "/api/v1/forecasts/settings", settings(200, version + 7));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(fields(invalid)).contains("windowWeeks");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(ok(get("/api/v1/forecasts/settings"), 200).get("version").asLong()).isEqualTo(version);

		var changed = ok(send(admin, "PUT", "/api/v1/forecasts/settings", settings(200, version)), 200);
		try {
			assertThat(changed.get("splitLowPercent").asInt()).isEqualTo(200);
			// Every item splits in two: twice the days at a constant throughput.
			assertThat(dates(ok(get("/api/v1/forecasts/teams/" + team), 200).get("forecast")))
				.containsOnly(fixtures.today().plusDays(10).toString());
		}
		finally {
			ok(send(admin, "PUT", "/api/v1/forecasts/settings", settings(100, changed.get("version").asLong())), 200);
		}
	}

	@Test
	void documentsTheApiInOpenApi() {
		assertThat(http.get("/api/docs/openapi.json").body()).contains("/api/v1/forecasts/roadmap-items/{id}",
				"/api/v1/forecasts/teams/{id}/how-many", "/api/v1/forecasts/teams/{id}/commitment-risk");
	}

	private static String settings(int split, long version) {
		return """
				{"windowWeeks": 12, "trials": 10000, "teamItems": 10, "scopeLowPercent": 100, "scopeHighPercent": 100,
				 "splitLowPercent": %d, "splitHighPercent": %d, "version": %d}""".formatted(split, split, version);
	}

	private static List<String> dates(JsonNode forecast) {
		var dates = new ArrayList<String>();
		forecast.get("likelihoods").forEach(l -> dates.add(l.get("date").asString()));
		return dates;
	}

	private HttpResponse<String> get(String path) {
		return http.get(path, "Authorization", "Bearer " + member);
	}

	private HttpResponse<String> send(String token, String method, String path, String body) {
		return http.send(method, path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	private static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private static List<String> fields(HttpResponse<String> response) {
		var fields = new ArrayList<String>();
		json.readTree(response.body()).path("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends ForecastApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends ForecastApiTests {

	}

}
