package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
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
 * Quarterly commitments over HTTP on H2 and PostgreSQL: planned against capacity, signed
 * by both halves of the duo, voided by any change, refused to anyone outside the duo.
 */
abstract class CommitmentsApiTests {

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
	AuditTrail audit;

	Http http;

	String productManager;

	String leadDeveloper;

	String outsider;

	String viewer;

	String admin;

	String path;

	@BeforeEach
	void aTeamWithItsDuo() {
		http = new Http(port);
		productManager = tokenOfPerson("pm", Role.MEMBER);
		leadDeveloper = tokenOfPerson("lead", Role.MEMBER);
		outsider = tokenOfPerson("outsider", Role.MEMBER);
		viewer = tokenOfPerson("viewer", Role.VIEWER);
		admin = tokenOfPerson("admin", Role.ADMIN);
		var team = teams.create(new TeamDetails("Checkout " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(),
				personIds.get("pm"), personIds.get("lead"), null));
		path = "/api/v1/okr/commitments/" + team.id() + "/2026-Q4";
	}

	final java.util.Map<String, dev.tandem.org.PersonId> personIds = new java.util.HashMap<>();

	private String tokenOfPerson(String who, Role role) {
		var email = Unique.email(who);
		var user = accounts.create(email, who, role, null);
		personIds.put(who, people.create(who + " " + Unique.suffix(), email, user.id()).id());
		return tokens.create(user.id(), "commitments").secret();
	}

	@Test
	void theDuoAgreesAndAnyChangeVoidsTheAgreement() {
		var planned = ok(send(productManager, "PUT", path, """
				{"unit": "POINTS", "capacity": 40, "version": 0}"""), 200);
		var first = ok(send(productManager, "POST", path + "/items", """
				{"title": "One-page checkout", "estimate": 21, "version": %d}""".formatted(version(planned))), 200);
		var both = ok(send(leadDeveloper, "POST", path + "/items", """
				{"title": "Saved cards", "estimate": 13.5, "version": %d}""".formatted(version(first))), 200);
		assertThat(both.get("load").decimalValue()).isEqualByComparingTo("34.5");
		assertThat(both.get("capacity").decimalValue()).isEqualByComparingTo("40");

		var productSigned = ok(send(productManager, "POST", path + "/signatures", """
				{"version": %d}""".formatted(version(both))), 200);
		assertThat(productSigned.get("agreed").asBoolean()).isFalse();
		assertThat(productSigned.get("product").get("signedBy").asString()).contains("pm");

		var agreed = ok(send(leadDeveloper, "POST", path + "/signatures", """
				{"version": %d}""".formatted(version(productSigned))), 200);
		assertThat(agreed.get("agreed").asBoolean()).isTrue();

		var commitmentId = agreed.get("commitments").get(0).get("id").asString();
		var changed = ok(send(productManager, "PUT", path + "/items/" + commitmentId, """
				{"title": "One-page checkout, on mobile too", "estimate": 26, "version": %d}"""
			.formatted(version(agreed))), 200);
		assertThat(changed.get("agreed").asBoolean()).isFalse();
		assertThat(changed.get("product").isNull()).isTrue();
		assertThat(changed.get("engineering").isNull()).isTrue();

		var setId = audit.recent(java.util.List.of("commitments"), 50)
			.stream()
			.filter(e -> e.related() != null && path.contains(e.related().id()))
			.map(e -> e.subject())
			.findFirst()
			.orElseThrow();
		assertThat(audit.about(setId, 50)).extracting(e -> e.action())
			.contains("commitments.planned", "commitments.added", "commitments.signed", "commitments.agreement-voided");
	}

	@Test
	void refusesASignatureFromSomeoneOutsideTheDuoAndChangesNothing() {
		var planned = ok(send(productManager, "PUT", path, """
				{"unit": "PERSON_WEEKS", "capacity": 12, "version": 0}"""), 200);
		var added = ok(send(productManager, "POST", path + "/items", """
				{"title": "Saved cards", "estimate": 3, "version": %d}""".formatted(version(planned))), 200);

		var refused = send(outsider, "POST", path + "/signatures", """
				{"side": "PRODUCT", "version": %d}""".formatted(version(added)));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("product manager").doesNotContain("Exception");

		var unchanged = ok(send(viewer, "GET", path, null), 200);
		assertThat(unchanged.get("product").isNull()).isTrue();
		assertThat(version(unchanged)).isEqualTo(version(added));
	}

	@Test
	void anAdministratorMaySignOnBehalfOfASide() {
		var planned = ok(send(admin, "PUT", path, """
				{"unit": "POINTS", "capacity": 10, "version": 0}"""), 200);
		var added = ok(send(admin, "POST", path + "/items", """
				{"title": "Saved cards", "estimate": 3, "version": %d}""".formatted(version(planned))), 200);
		var signed = ok(send(admin, "POST", path + "/signatures", """
				{"side": "ENGINEERING", "version": %d}""".formatted(version(added))), 200);
		assertThat(signed.get("engineering").get("onBehalf").asBoolean()).isTrue();
	}

	@Autowired
	Objectives objectives;

	@Test
	void linksACommitmentToAnObjectiveOfTheSameQuarterOnly() {
		var teamId = dev.tandem.org.TeamId.of(path.split("/")[5]);
		var thisQuarter = objectives.create(new ObjectiveDetails("Checkout converts " + Unique.suffix(), null,
				dev.tandem.shared.Quarter.of("2026-Q4"), ObjectiveLevel.TEAM, personIds.get("pm"), teamId, null, null));
		var lastQuarter = objectives.create(new ObjectiveDetails("Old news " + Unique.suffix(), null,
				dev.tandem.shared.Quarter.of("2026-Q3"), ObjectiveLevel.TEAM, personIds.get("pm"), teamId, null, null));
		var planned = ok(send(productManager, "PUT", path, """
				{"unit": "POINTS", "capacity": 40, "version": 0}"""), 200);

		var refused = send(productManager, "POST", path + "/items", """
				{"title": "Wrong quarter", "objectiveId": "%s", "estimate": 3, "version": %d}"""
			.formatted(lastQuarter.id(), version(planned)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("objectiveId", "2026-Q3");

		var linked = ok(send(productManager, "POST", path + "/items", """
				{"title": "Right quarter", "objectiveId": "%s", "estimate": 3, "version": %d}"""
			.formatted(thisQuarter.id(), version(planned))), 200);
		assertThat(linked.get("commitments").get(0).get("objectiveTitle").asString()).isEqualTo(thisQuarter.title());
	}

	@Autowired
	dev.tandem.roadmap.RoadmapPlanning roadmap;

	@Autowired
	Commitments commitmentsApi;

	@Test
	void pointsACommitmentAtARoadmapItemThatExists() {
		var teamId = dev.tandem.org.TeamId.of(path.split("/")[5]);
		var item = roadmap.create(new dev.tandem.roadmap.RoadmapItemDetails("Guided first label " + Unique.suffix(),
				null, null, null, Set.of(teamId), Set.of()), dev.tandem.roadmap.Lane.NOW, null);
		var planned = ok(send(productManager, "PUT", path, """
				{"unit": "POINTS", "capacity": 40, "version": 0}"""), 200);

		var unknown = send(productManager, "POST", path + "/items", """
				{"title": "Nowhere", "roadmapItemId": "%s", "estimate": 3, "version": %d}"""
			.formatted(java.util.UUID.randomUUID(), version(planned)));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("roadmapItemId");

		var linked = ok(send(productManager, "POST", path + "/items", """
				{"title": "Guided first label", "roadmapItemId": "%s", "estimate": 3, "version": %d}"""
			.formatted(item.id().value(), version(planned))), 200);
		assertThat(linked.get("commitments").get(0).get("roadmapItemTitle").asString()).isEqualTo(item.title());
		assertThat(commitmentsApi.roadmapChoices(teamId)).containsEntry(item.id().value(), item.title());
	}

	@Test
	void tellsEachPersonWhichSideTheyMaySign() {
		assertThat(ok(send(productManager, "GET", path + "/signatures/mine", null), 200).get("sides").toString())
			.isEqualTo("[\"PRODUCT\"]");
		assertThat(ok(send(outsider, "GET", path + "/signatures/mine", null), 200).get("sides").toString())
			.isEqualTo("[]");
	}

	@Test
	void answersBadInputWithProblemDetailsAndChangesNothing() {
		var planned = ok(send(productManager, "PUT", path, """
				{"unit": "POINTS", "capacity": 40, "version": 0}"""), 200);
		var v = version(planned);

		assertThat(send(productManager, "POST", path + "/items", """
				{"title": "Negative", "estimate": -1, "version": %d}""".formatted(v)).statusCode()).isEqualTo(400);
		assertThat(send(productManager, "POST", path + "/items", """
				{"title": "%s", "estimate": 1, "version": %d}""".formatted("x".repeat(400), v)).statusCode())
			.isEqualTo(400);
		assertThat(send(productManager, "POST", path + "/items", """
				{"title": "Wrong type", "estimate": "lots", "version": %d}""".formatted(v)).statusCode())
			.isEqualTo(400);
		assertThat(send(productManager, "POST", path + "/items", "{not json").statusCode()).isEqualTo(400);
		assertThat(send(productManager, "POST", path + "/items", """
				{"title": "Stale", "estimate": 1, "version": %d}""".formatted(v + 7)).statusCode()).isEqualTo(409);
		assertThat(send(productManager, "POST", path + "/signatures", """
				{"version": %d}""".formatted(v)).statusCode()).as("nothing to sign yet").isEqualTo(400);
		assertThat(send(productManager, "GET", path.replace("2026-Q4", "2026-Q9"), null).statusCode()).isEqualTo(400);
		assertThat(send(productManager, "GET", "/api/v1/okr/commitments/not-a-uuid/2026-Q4", null).statusCode())
			.isEqualTo(400);
		assertThat(
				send(productManager, "GET", "/api/v1/okr/commitments/" + java.util.UUID.randomUUID() + "/2026-Q4", null)
					.statusCode())
			.isEqualTo(404);
		assertThat(send(viewer, "POST", path + "/items", """
				{"title": "Viewer", "estimate": 1, "version": %d}""".formatted(v)).statusCode()).isEqualTo(403);

		var after = ok(send(productManager, "GET", path, null), 200);
		assertThat(after.get("commitments")).isEmpty();
		assertThat(version(after)).isEqualTo(v);
	}

	private HttpResponse<String> send(String token, String method, String target, String body) {
		return http.send(method, target, body, "Authorization", "Bearer " + token, "Content-Type", "application/json",
				"Accept", "application/json");
	}

	private static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private static long version(JsonNode view) {
		return view.get("version").asLong();
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends CommitmentsApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends CommitmentsApiTests {

	}

}
