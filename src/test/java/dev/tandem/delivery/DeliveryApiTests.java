package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery REST API over HTTP, as a script with a personal token would use it, on H2
 * and PostgreSQL. Every test works in teams of its own.
 */
abstract class DeliveryApiTests {

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
	People people;

	@Autowired
	java.time.Clock clock;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	CrossTeamFeatures crossTeam;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("delivery-api"), "Delivery API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "delivery tests").secret();
	}

	@Test
	void createsItemsAndFiltersThemByTeamKindStateAndLabel() {
		var team = team("Checkout");
		var other = team("Search");
		var feature = ok(post("/api/v1/delivery/items", item("FEATURE", "Gift cards", team, null, "payments")), 201);
		ok(post("/api/v1/delivery/items", item("STORY", "Buy a card", team, id(feature), "ux")), 201);
		ok(post("/api/v1/delivery/items", item("BUG", "Search is slow", other, null, "ux")), 201);

		assertThat(feature.get("state").asString()).isEqualTo("BACKLOG");
		assertThat(feature.get("team").get("id").asString()).isEqualTo(team);
		assertThat(feature.get("history").get(0).get("to").asString()).isEqualTo("BACKLOG");
		assertThat(titles("?team=" + team)).containsExactly("Gift cards", "Buy a card");
		assertThat(titles("?team=" + team + "&kind=STORY")).containsExactly("Buy a card");
		assertThat(titles("?team=" + other + "&label=UX")).containsExactly("Search is slow");
		assertThat(titles("?team=" + team + "&state=DONE")).isEmpty();
		var reread = ok(http.get("/api/v1/delivery/items/" + id(feature), auth()), 200);
		assertThat(reread.get("children").get(0).get("title").asString()).isEqualTo("Buy a card");
	}

	@Test
	void movesAnItemForwardAndBackRecordingEveryMoveAndRefusesAStaleMove() {
		var team = team("Movers");
		var item = ok(post("/api/v1/delivery/items", item("STORY", "Reorder", team, null, null)), 201);

		var ready = ok(post(transitions(item), "{\"to\": \"READY\", \"fromState\": \"BACKLOG\"}"), 200);
		var started = ok(post(transitions(item),
				"{\"to\": \"IN_PROGRESS\", \"version\": %d}".formatted(ready.get("version").asLong())), 200);
		var back = ok(post(transitions(item), "{\"to\": \"READY\", \"fromState\": \"IN_PROGRESS\"}"), 200);
		var stale = post(transitions(item), "{\"to\": \"DONE\", \"fromState\": \"IN_PROGRESS\"}");
		var staleVersion = post(transitions(item),
				"{\"to\": \"DONE\", \"version\": %d}".formatted(started.get("version").asLong()));
		var unknown = post(transitions(item), "{\"to\": \"SHIPPED\", \"fromState\": \"READY\"}");

		assertThat(back.get("state").asString()).isEqualTo("READY");
		assertThat(back.get("history")).extracting(h -> h.get("to").asString())
			.containsExactly("BACKLOG", "READY", "IN_PROGRESS", "READY");
		assertThat(back.get("history").get(3).get("backwards").asBoolean()).isTrue();
		assertThat(back.get("history").get(3).get("by").asString()).contains("delivery-api");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(staleVersion.statusCode()).isEqualTo(409);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("to");
	}

	@Test
	void releasesDoneItemsTogetherAndCountsThemInThroughputAndCycleTimes() {
		var team = team("Releasers");
		var first = ok(post("/api/v1/delivery/items", item("STORY", "First", team, null, null)), 201);
		var second = ok(post("/api/v1/delivery/items", item("STORY", "Second", team, null, null)), 201);
		for (var item : List.of(first, second)) {
			ok(post(transitions(item), "{\"to\": \"IN_PROGRESS\", \"fromState\": \"BACKLOG\"}"), 200);
			ok(post(transitions(item), "{\"to\": \"DONE\", \"fromState\": \"IN_PROGRESS\"}"), 200);
		}
		var notDone = ok(post("/api/v1/delivery/items", item("STORY", "Not done", team, null, null)), 201);
		ok(post(transitions(notDone), "{\"to\": \"DONE\", \"fromState\": \"BACKLOG\"}"), 200);
		ok(post(transitions(notDone), "{\"to\": \"IN_REVIEW\", \"fromState\": \"DONE\"}"), 200);

		var refused = post("/api/v1/delivery/releases",
				"{\"name\": \"2.0\", \"itemIds\": [\"%s\", \"%s\"]}".formatted(id(first), id(notDone)));
		var release = ok(post("/api/v1/delivery/releases",
				"{\"name\": \"2.0\", \"itemIds\": [\"%s\", \"%s\"]}".formatted(id(first), id(second))), 201);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(release.get("items")).hasSize(2);
		var a = ok(http.get("/api/v1/delivery/items/" + id(first), auth()), 200);
		var b = ok(http.get("/api/v1/delivery/items/" + id(second), auth()), 200);
		assertThat(a.get("state").asString()).isEqualTo("RELEASED");
		assertThat(last(a).get("at").asString()).isEqualTo(last(b).get("at").asString())
			.isEqualTo(release.get("releasedAt").asString());

		var today = LocalDate.now(clock.withZone(clock.getZone()));
		var throughput = ok(http.get(
				"/api/v1/delivery/teams/%s/throughput?from=%s&to=%s".formatted(team, today.minusDays(2), today),
				auth()), 200);
		assertThat(throughput).extracting(d -> d.get("finished").asInt()).containsExactly(0, 0, 2);
		var cycles = ok(
				http.get("/api/v1/delivery/teams/%s/cycle-times?from=%s&to=%s".formatted(team, today, today), auth()),
				200);
		assertThat(cycles).extracting(c -> c.get("title").asString()).containsExactlyInAnyOrder("First", "Second");
		assertThat(http
			.get("/api/v1/delivery/teams/%s/throughput?from=%s&to=%s".formatted(team, today, today.minusDays(1)),
					auth())
			.statusCode()).isEqualTo(400);
	}

	@Test
	void refusesAnUnknownTeamADependencyLoopAnUnknownAndAMalformedId() {
		var team = team("Refusers");
		var unknownTeam = post("/api/v1/delivery/items",
				item("STORY", "Nowhere", java.util.UUID.randomUUID().toString(), null, null));
		var a = ok(post("/api/v1/delivery/items", item("STORY", "A", team, null, null)), 201);
		var b = ok(post("/api/v1/delivery/items", item("STORY", "B", team, null, null)), 201);
		var c = ok(post("/api/v1/delivery/items", item("STORY", "C", team, null, null)), 201);
		ok(post("/api/v1/delivery/items/" + id(b) + "/blocked-by", "{\"itemId\": \"%s\"}".formatted(id(a))), 200);
		ok(post("/api/v1/delivery/items/" + id(b) + "/blocks", "{\"itemId\": \"%s\"}".formatted(id(c))), 200);

		var loop = post("/api/v1/delivery/items/" + id(a) + "/blocked-by", "{\"itemId\": \"%s\"}".formatted(id(c)));
		var storyAsParent = post("/api/v1/delivery/items", item("STORY", "Child", team, id(a), null));

		assertThat(unknownTeam.statusCode()).isEqualTo(400);
		assertThat(fields(unknownTeam)).containsExactly("teamId");
		assertThat(loop.statusCode()).isEqualTo(400);
		assertThat(loop.body()).contains("“A”", "“B”", "“C”", "→");
		assertThat(storyAsParent.statusCode()).isEqualTo(400);
		assertThat(fields(storyAsParent)).containsExactly("parentId");
		assertThat(http.get("/api/v1/delivery/items/" + java.util.UUID.randomUUID(), auth()).statusCode())
			.isEqualTo(404);
		assertThat(http.get("/api/v1/delivery/items/not-an-id", auth()).statusCode()).isEqualTo(400);
		var blocked = ok(http.get("/api/v1/delivery/items/" + id(b), auth()), 200);
		assertThat(blocked.get("blockedBy").get(0).get("title").asString()).isEqualTo("A");
		assertThat(blocked.get("blocks").get(0).get("title").asString()).isEqualTo("C");
		assertThat(send("DELETE", "/api/v1/delivery/items/" + id(b) + "/blocked-by/" + id(a), null).statusCode())
			.isEqualTo(200);
		assertThat(ok(http.get("/api/v1/delivery/items/" + id(b), auth()), 200).get("blockedBy")).isEmpty();
	}

	@Test
	void flagsAFeatureWhoseStoriesAndDependenciesNeedThreeTeams() {
		var web = team("Web");
		var mobile = team("Mobile");
		var platform = team("Platform");
		var feature = ok(post("/api/v1/delivery/items", item("FEATURE", "Loyalty", web, null, null)), 201);
		ok(post("/api/v1/delivery/items", item("STORY", "Loyalty in the app", mobile, id(feature), null)), 201);
		var api = ok(post("/api/v1/delivery/items", item("STORY", "Loyalty API", platform, null, null)), 201);
		ok(post("/api/v1/delivery/items/" + id(feature) + "/blocked-by", "{\"itemId\": \"%s\"}".formatted(id(api))),
				200);

		var reread = ok(http.get("/api/v1/delivery/items/" + id(feature), auth()), 200);
		assertThat(reread.get("crossTeam").get("teamCount").asInt()).isEqualTo(3);
		var forPlatform = ok(http.get("/api/v1/delivery/teams/" + platform + "/cross-team-features", auth()), 200);
		assertThat(forPlatform).extracting(f -> f.get("title").asString()).containsExactly("Loyalty");
	}

	@Test
	void flagsEstimatesMadeWithoutQaAndGivesTheTeamsShare() {
		var team = team("Estimators");
		var developer = people.create("Dev " + Unique.suffix(), Unique.email("dev"), null);
		var tester = people.create("Tester " + Unique.suffix(), Unique.email("qa"), null);
		people.startHat(tester.id(), HatKind.QA, LocalDate.now(clock).minusDays(10), null);
		var a = ok(post("/api/v1/delivery/items", item("STORY", "A", team, null, null)), 201);
		var b = ok(post("/api/v1/delivery/items", item("STORY", "B", team, null, null)), 201);

		var sizes = ok(send("PUT", "/api/v1/delivery/teams/" + team + "/sizes",
				"{\"xs\": 1, \"s\": 2, \"m\": 4, \"l\": 8, \"xl\": 16}"), 200);
		var withoutQa = ok(post("/api/v1/delivery/items/" + id(a) + "/estimate",
				"{\"size\": \"L\", \"participants\": [\"%s\"], \"version\": %d}".formatted(developer.id(),
						a.get("version").asLong())),
				200);
		var withQa = ok(post("/api/v1/delivery/items/" + id(b) + "/estimate",
				"{\"points\": 3, \"participants\": [\"%s\", \"%s\"], \"version\": %d}".formatted(developer.id(),
						tester.id(), b.get("version").asLong())),
				200);

		assertThat(sizes.get("l").asInt()).isEqualTo(8);
		assertThat(withoutQa.get("points").asInt()).isEqualTo(8);
		assertThat(withoutQa.get("withoutQa").asBoolean()).isTrue();
		assertThat(withQa.get("withoutQa").asBoolean()).isFalse();
		var share = ok(http.get("/api/v1/delivery/teams/" + team + "/estimates-without-qa", auth()), 200);
		assertThat(share.get("estimated").asInt()).isEqualTo(2);
		assertThat(share.get("withoutQa").asInt()).isEqualTo(1);
	}

	@Test
	void refusesAParentLoopAStaleEditAndDeletingAFeatureWithChildren() {
		var team = team("Parents");
		var outer = ok(post("/api/v1/delivery/items", item("FEATURE", "Outer", team, null, null)), 201);
		var inner = ok(post("/api/v1/delivery/items", item("FEATURE", "Inner", team, id(outer), null)), 201);

		var loop = send("PUT", "/api/v1/delivery/items/" + id(outer), item("FEATURE", "Outer", team, id(inner), null)
			.replace("}", ", \"version\": %d}".formatted(outer.get("version").asLong())));
		var renamed = ok(send("PUT", "/api/v1/delivery/items/" + id(inner),
				item("FEATURE", "Inner renamed", team, id(outer), null).replace("}",
						", \"version\": %d}".formatted(inner.get("version").asLong()))),
				200);
		var stale = send("PUT", "/api/v1/delivery/items/" + id(inner), item("FEATURE", "Again", team, id(outer), null)
			.replace("}", ", \"version\": %d}".formatted(inner.get("version").asLong())));
		var deleteOuter = send("DELETE",
				"/api/v1/delivery/items/" + id(outer) + "?version=" + outer.get("version").asLong(), null);

		assertThat(loop.statusCode()).isEqualTo(400);
		assertThat(fields(loop)).containsExactly("parentId");
		assertThat(renamed.get("title").asString()).isEqualTo("Inner renamed");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(deleteOuter.statusCode()).isEqualTo(400);
		assertThat(send("DELETE", "/api/v1/delivery/items/" + id(inner) + "?version=" + renamed.get("version").asLong(),
				null)
			.statusCode()).isEqualTo(204);
	}

	@Test
	void tiesItemsToARoadmapItemAndListsItsFeaturesThatNeedSeveralTeams() {
		var web = team("Roadmap web");
		var mobile = team("Roadmap mobile");
		var roadmapItem = planning.create(new RoadmapItemDetails("Loyalty " + Unique.suffix(), null, null, null,
				Set.of(TeamId.of(web)), Set.of()), Lane.NOW, null);
		var feature = ok(post("/api/v1/delivery/items", item("FEATURE", "Loyalty card", web, null, null)
			.replace("\"parentId\"", "\"roadmapItemId\": \"" + roadmapItem.id() + "\", \"parentId\"")), 201);
		ok(post("/api/v1/delivery/items", item("STORY", "Card in the app", mobile, id(feature), null)), 201);
		var unknown = post("/api/v1/delivery/items", item("FEATURE", "Nowhere", web, null, null).replace("\"parentId\"",
				"\"roadmapItemId\": \"" + java.util.UUID.randomUUID() + "\", \"parentId\""));

		assertThat(feature.get("roadmapItemTitle").asString()).isEqualTo(roadmapItem.title());
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("roadmapItemId");
		assertThat(titles("?roadmapItem=" + roadmapItem.id())).containsExactly("Loyalty card");
		assertThat(crossTeam.forRoadmapItem(roadmapItem.id().value())).singleElement()
			.satisfies(f -> assertThat(f.teamCount()).isEqualTo(2));
	}

	@Test
	void refusesWritesFromAViewer() {
		var team = team("Viewed");
		var item = ok(post("/api/v1/delivery/items", item("STORY", "Look only", team, null, null)), 201);
		var viewer = accounts.create(Unique.email("delivery-viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "viewer").secret();

		var move = http.send("POST", transitions(item), "{\"to\": \"READY\", \"fromState\": \"BACKLOG\"}",
				"Authorization", "Bearer " + viewerToken, "Content-Type", "application/json");

		assertThat(move.statusCode()).isEqualTo(403);
		assertThat(
				http.get("/api/v1/delivery/items?team=" + team, "Authorization", "Bearer " + viewerToken).statusCode())
			.isEqualTo(200);
	}

	@Test
	void documentsTheApiInOpenApi() {
		assertThat(http.get("/api/docs/openapi.json").body()).contains("/api/v1/delivery/items/{id}/transitions",
				"/api/v1/delivery/teams/{id}/throughput");
	}

	private String team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id()
			.toString();
	}

	private static String item(String kind, String title, String team, String parent, String label) {
		return """
				{"kind": "%s", "title": "%s", "description": "Some *text*", "teamId": "%s", "parentId": %s,
				 "skills": ["back end"], "labels": %s}
				""".formatted(kind, title, team, parent == null ? "null" : "\"" + parent + "\"",
				label == null ? "[]" : "[\"" + label + "\"]");
	}

	private static String transitions(JsonNode item) {
		return "/api/v1/delivery/items/" + id(item) + "/transitions";
	}

	private static JsonNode last(JsonNode item) {
		var history = item.get("history");
		return history.get(history.size() - 1);
	}

	private List<String> titles(String query) {
		var titles = new ArrayList<String>();
		ok(http.get("/api/v1/delivery/items" + query, auth()), 200).forEach(i -> titles.add(i.get("title").asString()));
		return titles;
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
	static class OnH2Tests extends DeliveryApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends DeliveryApiTests {

	}

}
