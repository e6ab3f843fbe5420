package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.RoadmapItemLookup;
import dev.tandem.org.GroupDetails;
import dev.tandem.org.Groups;
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
 * The roadmap's REST API over HTTP, as a script with a personal token would use it, on H2
 * and PostgreSQL. Lanes are shared by every test, so each test narrows what it reads to a
 * team of its own.
 */
abstract class RoadmapApiTests {

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
	Groups groups;

	@Autowired
	RoadmapItemLookup lookup;

	@Autowired
	People people;

	@Autowired
	Objectives objectives;

	@Autowired
	ObjectiveDirectory directory;

	@Autowired
	JdbcClient jdbc;

	private Http http;

	private String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		var user = accounts.create(Unique.email("roadmap-api"), "Roadmap API tester", Role.MEMBER, null);
		token = tokens.create(user.id(), "roadmap tests").secret();
	}

	@Test
	void createsItemsAndFiltersThemByLaneTeamGroupAndObjective() {
		var group = groups.create(new GroupDetails("Commerce " + Unique.suffix(), null, null, null));
		var checkout = team("Checkout", group.id().toString());
		var search = team("Search", null);
		var objective = objective();

		var created = ok(post("/api/v1/roadmap/items",
				item("Faster checkout", "NOW", List.of(checkout, search), List.of(objective))), 201);
		ok(post("/api/v1/roadmap/items", item("Better search", "NEXT", List.of(search), List.of())), 201);

		assertThat(created.get("title").asString()).isEqualTo("Faster checkout");
		assertThat(created.get("lane").asString()).isEqualTo("NOW");
		assertThat(created.get("problem").asString()).isEqualTo("People give up at checkout");
		assertThat(created.get("teams")).extracting(t -> t.get("name").asString())
			.allSatisfy(name -> assertThat(name).isNotBlank());
		assertThat(created.get("objectives").get(0).get("id").asString()).isEqualTo(objective);
		assertThat(created.get("objectives").get(0).get("title").asString()).startsWith("Grow repeat orders");
		assertThat(created.get("objectives").get(0).get("quarter").asString())
			.isEqualTo(directory.currentQuarter().label());
		assertThat(created.has("dueDate")).isFalse();
		assertThat(created.get("aligned").asBoolean()).isTrue();

		assertThat(titles("?team=" + search)).containsExactly("Faster checkout", "Better search");
		assertThat(titles("?team=" + search + "&lane=NEXT")).containsExactly("Better search");
		assertThat(titles("?group=" + group.id())).containsExactly("Faster checkout");
		assertThat(titles("?objective=" + objective)).containsExactly("Faster checkout");
		assertThat(titles("?team=" + checkout + "&objective=" + objective)).containsExactly("Faster checkout");
		assertThat(lookup.titles(List.of(UUID.fromString(id(created)), UUID.randomUUID())))
			.containsExactly(Map.entry(UUID.fromString(id(created)), "Faster checkout"));
	}

	@Test
	void movesAnItemFromNextToNowAndRecordsTheMove() {
		var team = team("Movers", null);
		var item = ok(post("/api/v1/roadmap/items", item("One-click reorder", "NEXT", List.of(team), List.of())), 201);

		var moved = ok(post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"position\": 1, \"version\": %d}".formatted(item.get("version").asLong())), 200);

		assertThat(moved.get("lane").asString()).isEqualTo("NOW");
		assertThat(moved.get("position").asInt()).isEqualTo(1);
		assertThat(moved.get("version").asLong()).isGreaterThan(item.get("version").asLong());
		var history = ok(http.get("/api/v1/roadmap/items/" + id(item) + "/history", auth()), 200);
		assertThat(history.get(0).get("action").asString()).isEqualTo("roadmap-item.moved");
		assertThat(history.get(0).get("summary").asString()).isEqualTo("Moved “One-click reorder” from Next to Now");
		assertThat(history.get(1).get("action").asString()).isEqualTo("roadmap-item.created");
		assertDense("NOW");
		assertDense("NEXT");
	}

	@Test
	void reordersWithinALaneAndKeepsPositionsDense() {
		var team = team("Rankers", null);
		var a = ok(post("/api/v1/roadmap/items", item("A", "LATER", List.of(team), List.of())), 201);
		ok(post("/api/v1/roadmap/items", item("B", "LATER", List.of(team), List.of())), 201);
		var c = ok(post("/api/v1/roadmap/items", item("C", "LATER", List.of(team), List.of())), 201);

		ok(post("/api/v1/roadmap/items/" + id(c) + "/move", "{\"lane\": \"LATER\", \"position\": %d, \"version\": %d}"
			.formatted(a.get("position").asInt(), c.get("version").asLong())), 200);
		assertThat(titles("?team=" + team)).containsExactly("C", "A", "B");

		var first = ok(http.get("/api/v1/roadmap/items/" + id(a), auth()), 200);
		ok(post("/api/v1/roadmap/items/" + id(a) + "/move",
				"{\"lane\": \"LATER\", \"version\": %d}".formatted(first.get("version").asLong())), 200);
		assertThat(titles("?team=" + team)).containsExactly("C", "B", "A");
		assertThat(first.get("version").asLong()).as("a neighbour's move leaves the version alone")
			.isEqualTo(a.get("version").asLong());

		var top = ok(post("/api/v1/roadmap/items", """
				{"title": "D", "teamIds": ["%s"], "lane": "LATER", "position": 1}
				""".formatted(team)), 201);
		assertThat(top.get("position").asInt()).isEqualTo(1);
		assertDense("LATER");
	}

	@Test
	void keepsPositionsDenseWhenPeopleMoveItemsAtTheSameTime() throws Exception {
		var team = team("Racers", null);
		var items = new ArrayList<JsonNode>();
		for (int i = 0; i < 6; i++) {
			items.add(ok(post("/api/v1/roadmap/items",
					item("Race " + i, i % 2 == 0 ? "NEXT" : "LATER", List.of(team), List.of())), 201));
		}

		var pool = Executors.newFixedThreadPool(6);
		try {
			var moves = items.stream()
				.map(i -> pool.submit(() -> post("/api/v1/roadmap/items/" + id(i) + "/move",
						"{\"lane\": \"%s\", \"position\": 1, \"version\": %d}".formatted(
								i.get("lane").asString().equals("NEXT") ? "LATER" : "NEXT", i.get("version").asLong()))
					.statusCode()))
				.toList();
			for (var move : moves) {
				assertThat(move.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}

		assertDense("NEXT");
		assertDense("LATER");
		assertThat(titles("?team=" + team)).hasSize(6);
	}

	@Test
	void deletesAnItemAndClosesTheGap() {
		var team = team("Deleters", null);
		var a = ok(post("/api/v1/roadmap/items", item("Stays", "VISION", List.of(team), List.of())), 201);
		var b = ok(post("/api/v1/roadmap/items", item("Goes", "VISION", List.of(team), List.of())), 201);
		var c = ok(post("/api/v1/roadmap/items", item("Moves up", "VISION", List.of(team), List.of())), 201);

		assertThat(
				send("DELETE", "/api/v1/roadmap/items/" + id(b) + "?version=" + (b.get("version").asLong() + 1), null)
					.statusCode())
			.isEqualTo(409);
		assertThat(send("DELETE", "/api/v1/roadmap/items/" + id(b) + "?version=" + b.get("version").asLong(), null)
			.statusCode()).isEqualTo(204);

		assertThat(http.get("/api/v1/roadmap/items/" + id(b), auth()).statusCode()).isEqualTo(404);
		assertThat(titles("?team=" + team)).containsExactly("Stays", "Moves up");
		assertThat(ok(http.get("/api/v1/roadmap/items/" + id(c), auth()), 200).get("position").asInt())
			.isEqualTo(a.get("position").asInt() + 1);
		assertDense("VISION");
	}

	@Test
	void refusesAStaleVersionWith409AndKeepsTheNewerChange() {
		var team = team("Stale", null);
		var item = ok(post("/api/v1/roadmap/items", item("Original", "NEXT", List.of(team), List.of())), 201);
		var version = item.get("version").asLong();

		ok(send("PUT", "/api/v1/roadmap/items/" + id(item), update("Changed", team, version)), 200);
		var stale = send("PUT", "/api/v1/roadmap/items/" + id(item), update("Lost", team, version));
		var staleMove = post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"version\": %d}".formatted(version));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(staleMove.statusCode()).isEqualTo(409);
		var read = ok(http.get("/api/v1/roadmap/items/" + id(item), auth()), 200);
		assertThat(read.get("title").asString()).isEqualTo("Changed");
		assertThat(read.get("lane").asString()).isEqualTo("NEXT");
	}

	@Test
	void refusesAnUnknownTeamWith400AndCreatesNothing() {
		var title = "Orphan " + Unique.suffix();

		var response = post("/api/v1/roadmap/items",
				item(title, "NOW", List.of(UUID.randomUUID().toString()), List.of()));
		var noTeam = post("/api/v1/roadmap/items", """
				{"title": "%s", "teamIds": [], "lane": "NOW"}
				""".formatted(title));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("teamIds");
		assertThat(noTeam.statusCode()).isEqualTo(400);
		assertThat(fields(noTeam)).containsExactly("teamIds");
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void refusesAnUnknownObjectiveWith400AndChangesNothing() {
		var team = team("Aligners", null);
		var item = ok(post("/api/v1/roadmap/items", item("Unaligned", "LATER", List.of(team), List.of())), 201);

		var response = send("PUT", "/api/v1/roadmap/items/" + id(item), """
				{"title": "Aligned?", "teamIds": ["%s"], "objectiveIds": ["%s"], "version": %d}
				""".formatted(team, UUID.randomUUID(), item.get("version").asLong()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("objectiveIds");
		var read = ok(http.get("/api/v1/roadmap/items/" + id(item), auth()), 200);
		assertThat(read.get("title").asString()).isEqualTo("Unaligned");
		assertThat(read.get("objectives")).isEmpty();
	}

	@Test
	void keepsALinkToAnObjectiveRemovedSinceWhenTheItemIsEdited() {
		var team = team("Keepers", null);
		var gone = objectives.get(dev.tandem.okr.ObjectiveId.of(objective()));
		var item = ok(
				post("/api/v1/roadmap/items", item("Linked", "NEXT", List.of(team), List.of(gone.id().toString()))),
				201);
		objectives.delete(gone.id(), gone.version());

		var read = ok(http.get("/api/v1/roadmap/items/" + id(item), auth()), 200);
		var edited = ok(send("PUT", "/api/v1/roadmap/items/" + id(item), """
				{"title": "Still linked", "teamIds": ["%s"], "objectiveIds": ["%s"], "version": %d}
				""".formatted(team, gone.id(), item.get("version").asLong())), 200);

		assertThat(read.get("objectives").get(0).get("title").isNull()).isTrue();
		assertThat(edited.get("objectives").get(0).get("id").asString()).isEqualTo(gone.id().toString());
	}

	@Test
	void answers400ForMalformedIdsAndValues() {
		var team = team("Malformed", null);
		var item = ok(post("/api/v1/roadmap/items", item("Valid", "NEXT", List.of(team), List.of())), 201);

		assertThat(http.get("/api/v1/roadmap/items/not-a-uuid", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/roadmap/items?team=nope", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/roadmap/items?lane=SOMEDAY", auth()).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/roadmap/items?group=" + UUID.randomUUID(), auth()).statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/roadmap/items/x/move", "{\"lane\": \"NOW\", \"version\": 0}").statusCode())
			.isEqualTo(400);
		var badLane = post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"SOON\", \"version\": %d}".formatted(item.get("version").asLong()));
		assertThat(badLane.statusCode()).isEqualTo(400);
		assertThat(fields(badLane)).containsExactly("lane");
		var badPosition = post("/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"position\": 0, \"version\": %d}".formatted(item.get("version").asLong()));
		assertThat(badPosition.statusCode()).isEqualTo(400);
		assertThat(fields(badPosition)).containsExactly("position");
		var withDate = post("/api/v1/roadmap/items", """
				{"title": "Dated", "teamIds": ["%s"], "lane": "NOW", "dueDate": "2027-01-01"}
				""".formatted(team));
		assertThat(withDate.statusCode()).as("items carry no due date").isEqualTo(400);
		var badTeamId = post("/api/v1/roadmap/items", """
				{"title": "X", "teamIds": ["not-a-uuid"], "lane": "NOW"}
				""");
		assertThat(badTeamId.statusCode()).isEqualTo(400);
		assertThat(badTeamId.body()).doesNotContain("Exception");
		assertThat(ok(http.get("/api/v1/roadmap/items/" + id(item), auth()), 200).get("lane").asString())
			.isEqualTo("NEXT");
	}

	@Test
	void answers404ForUnknownIds() {
		var unknown = UUID.randomUUID();
		assertThat(http.get("/api/v1/roadmap/items/" + unknown, auth()).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/roadmap/items/" + unknown + "/history", auth()).statusCode()).isEqualTo(404);
		assertThat(
				post("/api/v1/roadmap/items/" + unknown + "/move", "{\"lane\": \"NOW\", \"version\": 0}").statusCode())
			.isEqualTo(404);
		assertThat(send("PUT", "/api/v1/roadmap/items/" + unknown, update("X", team("Nobody", null), 0)).statusCode())
			.isEqualTo(404);
		assertThat(send("DELETE", "/api/v1/roadmap/items/" + unknown + "?version=0", null).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesOversizedTextAndChangesNothing() {
		var team = team("Oversized", null);
		var title = "Big " + Unique.suffix();
		var tooLong = post("/api/v1/roadmap/items", """
				{"title": "%s", "problem": "%s", "teamIds": ["%s"], "lane": "NOW"}
				""".formatted(title, "p".repeat(4001), team));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(fields(tooLong)).containsExactly("problem");
		assertThat(countTitled(title)).isZero();

		var item = ok(post("/api/v1/roadmap/items", item(title, "NOW", List.of(team), List.of())), 201);
		var update = send("PUT", "/api/v1/roadmap/items/" + id(item),
				update("t".repeat(201), team, item.get("version").asLong()));
		assertThat(update.statusCode()).isEqualTo(400);
		assertThat(fields(update)).containsExactly("title");
		var read = ok(http.get("/api/v1/roadmap/items/" + id(item), auth()), 200);
		assertThat(read.get("title").asString()).isEqualTo(title);
		assertThat(read.get("version").asLong()).isEqualTo(item.get("version").asLong());
	}

	@Test
	void refusesWritesFromAViewer() {
		var team = team("Viewed", null);
		var viewer = accounts.create(Unique.email("roadmap-viewer"), "Viewer", Role.VIEWER, null);
		var viewerToken = tokens.create(viewer.id(), "viewer").secret();
		var item = ok(post("/api/v1/roadmap/items", item("Look only", "NEXT", List.of(team), List.of())), 201);

		var create = http.send("POST", "/api/v1/roadmap/items", item("Nope", "NOW", List.of(team), List.of()),
				"Authorization", "Bearer " + viewerToken, "Content-Type", "application/json");
		var move = http.send("POST", "/api/v1/roadmap/items/" + id(item) + "/move",
				"{\"lane\": \"NOW\", \"version\": %d}".formatted(item.get("version").asLong()), "Authorization",
				"Bearer " + viewerToken, "Content-Type", "application/json");

		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(move.statusCode()).isEqualTo(403);
		assertThat(
				http.get("/api/v1/roadmap/items?team=" + team, "Authorization", "Bearer " + viewerToken).statusCode())
			.isEqualTo(200);
		assertThat(titles("?team=" + team)).containsExactly("Look only");
	}

	@Test
	void documentsTheApiInOpenApi() {
		var response = http.get("/api/docs/openapi.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/roadmap/items/{id}/move", "/api/v1/roadmap/items/{id}");
	}

	private String team(String name, String group) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					group == null ? null : dev.tandem.org.GroupId.of(group)))
			.id()
			.toString();
	}

	/** A company objective of the current quarter to link to. */
	private String objective() {
		var owner = people.create("Owner " + Unique.suffix(), Unique.email("owner"), null);
		return objectives
			.create(new ObjectiveDetails("Grow repeat orders " + Unique.suffix(), null, directory.currentQuarter(),
					ObjectiveLevel.COMPANY, owner.id(), null, null, null))
			.id()
			.toString();
	}

	private static String item(String title, String lane, List<String> teamIds, List<String> objectiveIds) {
		return """
				{"title": "%s", "problem": "People give up at checkout", "outcome": "More orders",
				 "measure": "Conversion rate", "teamIds": %s, "objectiveIds": %s, "lane": "%s"}
				""".formatted(title, array(teamIds), array(objectiveIds), lane);
	}

	private static String update(String title, String team, long version) {
		return """
				{"title": "%s", "teamIds": ["%s"], "version": %d}
				""".formatted(title, team, version);
	}

	private static String array(List<String> ids) {
		return ids.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
	}

	private List<String> titles(String query) {
		var titles = new ArrayList<String>();
		ok(http.get("/api/v1/roadmap/items" + query, auth()), 200).forEach(i -> titles.add(i.get("title").asString()));
		return titles;
	}

	private long countTitled(String title) {
		return jdbc.sql("select count(*) from roadmap_item where title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private void assertDense(String lane) {
		var positions = jdbc.sql("select lane_position from roadmap_item where lane = :lane order by lane_position")
			.param("lane", lane)
			.query(Integer.class)
			.list();
		assertThat(positions).as("positions in " + lane)
			.isEqualTo(IntStream.rangeClosed(1, positions.size()).boxed().toList());
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
	static class OnH2Tests extends RoadmapApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends RoadmapApiTests {

	}

}
