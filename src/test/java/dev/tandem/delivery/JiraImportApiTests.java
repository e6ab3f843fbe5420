package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.delivery.DeliveryHistory.DailyThroughput;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a Jira CSV export over HTTP on H2 and PostgreSQL. Issue keys are unique
 * across teams and the PostgreSQL database is shared, so each test renames the fixture's
 * project key.
 */
abstract class JiraImportApiTests {

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
	DeliveryHistory history;

	@Autowired
	DeliveryQueries queries;

	@Autowired
	WorkItemImport importer;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

	private String token;

	private String project;

	@BeforeEach
	void signIn() {
		var user = accounts.create(Unique.email("jira-api"), "Jira importer", Role.MEMBER, null);
		token = tokens.create(user.id(), "jira tests").secret();
		project = "J" + Unique.suffix().replaceAll("[^A-Za-z0-9]", "").toUpperCase();
	}

	static byte[] fixture(String project) throws IOException {
		var text = new String(JiraMappingTests.fixture(), StandardCharsets.UTF_8);
		return text.replace("SHOP-", project + "-").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void previewsCountsMappingsAndTheRowsItCannotRead() throws Exception {
		var response = upload("/api/v1/delivery/imports/jira/preview", fixture(project), null);

		var preview = ok(response, 200);
		assertThat(preview.get("rows").asInt()).isEqualTo(9);
		assertThat(preview.get("readable").asInt()).isEqualTo(6);
		assertThat(preview.get("unreadable")).extracting(r -> r.get("row").asInt() + " " + r.get("reason").asString())
			.containsExactly("8 bad-date", "9 missing-key", "10 unknown-type");
	}

	@Test
	void importsIntoATeamWithHistoryParentsAndThroughputAndReimportingCreatesNothing() throws Exception {
		var team = team("Jira");

		var result = ok(upload("/api/v1/delivery/imports/jira?team=" + team.value(), fixture(project), null), 200);
		var again = ok(upload("/api/v1/delivery/imports/jira?team=" + team.value(), fixture(project), null), 200);

		assertThat(result.get("created").asInt()).isEqualTo(6);
		assertThat(result.get("unreadable").asInt()).isEqualTo(3);
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("skipped").asInt()).isEqualTo(6);
		var items = queries.items(new DeliveryQueries.ItemFilter(team, null, null, null, null));
		assertThat(items).hasSize(6);
		var epic = items.stream().filter(i -> i.kind() == WorkItemKind.FEATURE).findFirst().orElseThrow();
		assertThat(queries.item(epic.id()).children()).hasSize(3);
		assertThat(items).anyMatch(i -> i.title().equals("Café — ünïcode in the basket"));
		assertThat(items).filteredOn(i -> i.estimate() != null)
			.extracting(i -> i.estimate().points())
			.containsExactlyInAnyOrder(5, 2, 3);
		var throughput = history.finishedPerDay(team, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 14));
		assertThat(throughput).extracting(DailyThroughput::finished).containsExactly(1, 0, 2);
	}

	@Test
	void aMappingChosenByTheUserImportsRowsTheDefaultsCannot() throws Exception {
		var team = team("Spikes");

		var result = ok(upload("/api/v1/delivery/imports/jira?team=" + team.value(), fixture(project),
				"{\"kinds\": {\"Spike\": \"CHORE\"}, \"states\": {}}"), 200);

		assertThat(result.get("created").asInt()).isEqualTo(7);
	}

	@Test
	void anImportThatFailsHalfwayImportsNothing() {
		var team = team("Atomic");
		var at = java.time.Instant.parse("2026-10-01T09:00:00Z");
		var fine = new WorkItemImport.ImportedItem(project + "-1", WorkItemKind.STORY, "Fine", null, WorkflowState.DONE,
				at, at, at, null, Set.of());
		var broken = new WorkItemImport.ImportedItem(project + "-2", WorkItemKind.STORY, " ", null,
				WorkflowState.BACKLOG, at, null, null, null, Set.of());

		assertThatThrownBy(() -> importer.importInto(team, List.of(fine, broken), null))
			.isInstanceOf(dev.tandem.shared.InvalidInputException.class);

		assertThat(queries.items(new DeliveryQueries.ItemFilter(team, null, null, null, null))).isEmpty();
		assertThat(importer.importInto(team, List.of(fine), null).created()).isEqualTo(1);
	}

	@Test
	void refusesAFileThatIsNotAJiraExportAndAnUploadThatIsTooLarge() throws Exception {
		var notJira = upload("/api/v1/delivery/imports/jira/preview",
				"Name,Email\nAna,ana@example.com\n".getBytes(StandardCharsets.UTF_8), null);
		var tooLarge = upload("/api/v1/delivery/imports/jira/preview", new byte[50 * 1024 * 1024], null);
		var noFile = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/delivery/imports/jira/preview"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(notJira.statusCode()).isEqualTo(400);
		assertThat(notJira.body()).contains("not a Jira CSV export");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("20 MB");
		assertThat(noFile.statusCode()).isEqualTo(400);
	}

	@Test
	void theImportPageRefusesAnUploadThatIsTooLargeWithAReadablePage() throws Exception {
		var email = Unique.email("jira-page");
		accounts.create(email, "Jira page", Role.MEMBER, "jira-page-password-1");
		var login = get("/login").body();
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		var signIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
						+ "&password=jira-page-password-1&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		var form = get("/delivery/import").body();
		var action = java.util.regex.Pattern
			.compile("id=\"import-form\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"import-form\"")
			.matcher(form);
		assertThat(action.find()).as(form).isTrue();
		var path = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");

		var refused = send(path, new byte[50 * 1024 * 1024], null, false);
		var tooLarge = get(refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

		assertThat(refused.statusCode()).isEqualTo(303);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("20 MB").contains("<html");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private TeamId team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
	}

	private HttpResponse<String> upload(String path, byte[] file, String mapping) throws Exception {
		return send(path, file, mapping, true);
	}

	private HttpResponse<String> send(String path, byte[] file, String mapping, boolean bearer) throws Exception {
		var boundary = "----tandem" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		if (mapping != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (bearer) {
			request.header("Authorization", "Bearer " + token);
		}
		request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends JiraImportApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends JiraImportApiTests {

	}

}
