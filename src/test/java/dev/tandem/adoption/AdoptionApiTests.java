package dev.tandem.adoption;

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
import org.springframework.context.annotation.Import;

import dev.tandem.audit.AuditTrail;
import dev.tandem.delivery.WorkItemKind;
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
 * The adoption REST API over HTTP with a personal token, on H2 and PostgreSQL: feature
 * definitions with their validation and audit, and every metric answered from rollups
 * written to the real rollup table (the hand-computed fixture of
 * {@link FeatureUsageTests}, from a source of the test's own).
 */
abstract class AdoptionApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AdoptionFixtures fixtures;

	@Autowired
	AuditTrail audit;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("adoption-api"), "Adoption API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "adoption tests").secret();
	}

	@Test
	void definesChangesAndRemovesAFeatureRefusingBadInputWithFieldErrors() {
		var released = fixtures.releasedFeature("Bulk export");
		var story = fixtures.item(released.team(), WorkItemKind.STORY, "A story");
		var name = "Bulk export " + Unique.suffix();

		var unknown = post(feature(name, "[\"export\"]", UUID.randomUUID().toString(), "30", "60"));
		var notAFeature = post(feature(name, "[\"export\"]", story.toString(), "30", "60"));
		var outOfRange = post(feature(name, "[\"export\"]", null, "150", "60"));
		var noEvents = post(feature(name, "[\" \"]", null, "30", "0"));
		assertThat(fields(unknown)).containsExactly("workItemId");
		assertThat(fields(notAFeature)).containsExactly("workItemId");
		assertThat(fields(outOfRange)).containsExactly("targetPercent");
		assertThat(fields(noEvents)).containsExactlyInAnyOrder("eventNames", "windowDays");
		assertThat(list()).doesNotContain(name);

		var created = ok(
				post(feature(name, "[\"export\", \"export_csv\", \"export\"]", released.item().toString(), "30", "60")),
				201);
		assertThat(created.get("eventNames")).extracting(JsonNode::asString).containsExactly("export", "export_csv");
		assertThat(created.get("workItem").get("released").asString()).isEqualTo(released.day().toString());
		assertThat(created.get("progress").get("status").asString()).isIn("ON_TRACK", "BEHIND");
		var duplicate = post(feature(name.toUpperCase(), "[\"x\"]", null, "30", "60"));
		assertThat(fields(duplicate)).containsExactly("name");

		var path = "/api/v1/adoption/features/" + id(created);
		var changed = ok(send("PUT", path, feature(name, "[\"export\"]", null, "40", "30").replace("}",
				", \"version\": " + created.get("version").asLong() + "}")), 200);
		var stale = send("PUT", path, feature(name, "[\"export\"]", null, "40", "30").replace("}",
				", \"version\": " + created.get("version").asLong() + "}"));
		assertThat(changed.get("targetPercent").asDouble()).isEqualTo(40.0);
		assertThat(changed.get("workItem").isNull()).isTrue();
		assertThat(changed.get("progress").get("status").asString()).isEqualTo("NOT_RELEASED");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(audit.about(Features.subject(FeatureId.of(id(created))), 10))
			.extracting(dev.tandem.audit.AuditEntry::action)
			.containsExactly("feature.updated", "feature.defined");

		assertThat(send("DELETE", path + "?version=" + changed.get("version").asLong(), null).statusCode())
			.isEqualTo(204);
		assertThat(http.get(path, auth()).statusCode()).isEqualTo(404);
	}

	@Test
	void answersEveryMetricFromTheRollups() {
		var released = fixtures.releasedFeature("Export");
		var source = UsageFixture.source();
		var export = "export-" + Unique.suffix();
		var exportCsv = "export-csv-" + Unique.suffix();
		var r = released.day();
		fixtures.send(AdoptionFixtures.handComputed(source, r, export, exportCsv));
		var created = ok(
				post(feature("Export " + Unique.suffix(), "[\"%s\", \"%s\"]".formatted(export, exportCsv),
						released.item().toString(), "50", "4")
					.replace("}", ", \"sourceId\": \"" + source + "\"}")),
				201);

		var metrics = ok(http.get("/api/v1/adoption/features/" + id(created) + "/metrics?from=" + r + "&to="
				+ r.plusDays(7) + "&retentionDays=1", auth()), 200);

		assertThat(metrics.get("source").asString()).isEqualTo(source.toString());
		assertThat(metrics.get("activeUsers").get("inRange").asLong()).isEqualTo(6);
		assertThat(metrics.get("activeUsers").get("daily")).extracting(d -> d.get("count").asLong())
			.containsExactly(4L, 2L, 1L, 1L, 0L, 0L, 0L, 3L);
		assertThat(metrics.get("featureUsers").asLong()).isEqualTo(4);
		assertThat(metrics.get("adoption").get("rate").asDouble()).isEqualTo(4.0 / 6);
		assertThat(metrics.get("stickiness").get("mean").asDouble()).isCloseTo((1 + 0.5 + 1.0 / 3 + 0.25 + 0.5) / 8,
				org.assertj.core.api.Assertions.within(1e-9));
		assertThat(metrics.get("retention").get("onDay").asDouble()).isEqualTo(0.25);
		assertThat(metrics.get("retention").get("onOrAfter").asDouble()).isEqualTo(0.75);
		assertThat(metrics.get("timeToFirstUse").get("activeAtRelease").asLong()).isEqualTo(4);
		assertThat(metrics.get("timeToFirstUse").get("medianDays").asInt()).isZero();
		assertThat(metrics.get("timeToFirstUse").get("p75Days").asInt()).isEqualTo(2);
		assertThat(metrics.get("frequency").get("eventsPerUser").asDouble()).isEqualTo(2.0);
		assertThat(metrics.get("frequency").get("activeDaysPerUser").asDouble()).isEqualTo(1.75);
		// Released today: on the release day 2 of the 4 active users used it, 50 %
		// against
		// a pro-rata target of 50 % × 1/4.
		var view = ok(http.get("/api/v1/adoption/features/" + id(created), auth()), 200);
		assertThat(view.get("progress").get("adoptionPercent").asDouble()).isEqualTo(50.0);
		assertThat(view.get("progress").get("status").asString()).isEqualTo("ON_TRACK");
		var team = ok(http.get("/api/v1/adoption/teams/" + released.team() + "/features", auth()), 200);
		assertThat(team).extracting(f -> f.get("id").asString()).containsExactly(id(created));

		var backwards = http
			.get("/api/v1/adoption/features/" + id(created) + "/metrics?from=" + r + "&to=" + r.minusDays(1), auth());
		var badSource = http.get("/api/v1/adoption/features/" + id(created) + "/metrics?source=web", auth());
		assertThat(fields(backwards)).containsExactly("to");
		assertThat(badSource.statusCode()).isEqualTo(400);
	}

	private static String feature(String name, String events, String workItemId, String target, String window) {
		return """
				{"name": "%s", "eventNames": %s, "workItemId": %s, "targetPercent": %s, "windowDays": %s}"""
			.formatted(name, events, workItemId == null ? "null" : "\"" + workItemId + "\"", target, window);
	}

	private List<String> list() {
		var names = new ArrayList<String>();
		ok(http.get("/api/v1/adoption/features", auth()), 200).forEach(f -> names.add(f.get("name").asString()));
		return names;
	}

	private String[] auth() {
		return new String[] { "Authorization", "Bearer " + token, "Accept", "application/json" };
	}

	private HttpResponse<String> post(String body) {
		return send("POST", "/api/v1/adoption/features", body);
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

	private static List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		var fields = new ArrayList<String>();
		var errors = json.readTree(response.body()).get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@Import(AdoptionFixtures.class)
	@OnH2
	static class OnH2Tests extends AdoptionApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@Import(AdoptionFixtures.class)
	@OnPostgres
	static class OnPostgresTests extends AdoptionApiTests {

	}

}
