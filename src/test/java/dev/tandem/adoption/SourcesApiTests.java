package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
 * The event sources API: an administrator creates a source and sees its key once, rotates
 * and revokes it; everyone reads volume, rejected events and rollup lag; only an
 * administrator changes anything.
 */
abstract class SourcesApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RollupWorker worker;

	Http http;

	String admin;

	String member;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		admin = tokens.create(accounts.create(Unique.email("sources-admin"), "Admin", Role.ADMIN, null).id(), "t")
			.secret();
		member = tokens.create(accounts.create(Unique.email("sources-member"), "Member", Role.MEMBER, null).id(), "t")
			.secret();
	}

	HttpResponse<String> call(String method, String path, String body, String token) {
		return http.send(method, path, body, "Content-Type", "application/json", "Authorization", "Bearer " + token);
	}

	JsonNode ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	@Test
	void anAdministratorCreatesASourceAndSeesItsKeyOnce() {
		var name = "iOS " + Unique.suffix();
		var created = ok(call("POST", "/api/v1/adoption/sources", "{\"name\": \"" + name + "\"}", admin), 201);
		var id = created.get("source").get("id").asString();
		var key = created.get("writeKey").asString();

		var read = call("GET", "/api/v1/adoption/sources/" + id, null, member);
		var list = call("GET", "/api/v1/adoption/sources", null, member);

		assertThat(key).startsWith("tdw_");
		assertThat(ok(read, 200).get("name").asString()).isEqualTo(name);
		assertThat(read.body()).doesNotContain(key);
		assertThat(list.body()).contains(name).doesNotContain(key);
		assertThat(created.get("source").get("keyPrefix").asString()).isEqualTo(key.substring(0, 10));
	}

	@Test
	void onlyAnAdministratorChangesSources() {
		var created = ok(call("POST", "/api/v1/adoption/sources", "{\"name\": \"Web\"}", admin), 201);
		var id = created.get("source").get("id").asString();

		assertThat(call("POST", "/api/v1/adoption/sources", "{\"name\": \"Web\"}", member).statusCode()).isEqualTo(403);
		assertThat(call("POST", "/api/v1/adoption/sources/" + id + "/key", null, member).statusCode()).isEqualTo(403);
		assertThat(call("DELETE", "/api/v1/adoption/sources/" + id + "/key", null, member).statusCode()).isEqualTo(403);
		assertThat(call("POST", "/api/v1/adoption/rollups/rebuild", null, member).statusCode()).isEqualTo(403);
		assertThat(call("POST", "/api/v1/adoption/sources", "{\"name\": \" \"}", admin).statusCode()).isEqualTo(400);
		assertThat(call("GET", "/api/v1/adoption/sources/" + java.util.UUID.randomUUID(), null, member).statusCode())
			.isEqualTo(404);
	}

	@Test
	void rotatesAndRevokesTheKeyAndShowsVolumeRejectedEventsAndLag() {
		var created = ok(call("POST", "/api/v1/adoption/sources", "{\"name\": \"Android\"}", admin), 201);
		var id = created.get("source").get("id").asString();
		var key = created.get("writeKey").asString();
		assertThat(send(key).statusCode()).isEqualTo(200);

		var status = ok(call("GET", "/api/v1/adoption/rollups", null, member), 200);
		assertThat(status.has("pendingEvents")).isTrue();
		assertThat(status.has("lagSeconds")).isTrue();
		worker.runToCompletion();
		var source = ok(call("GET", "/api/v1/adoption/sources/" + id, null, member), 200);
		var rejected = ok(call("GET", "/api/v1/adoption/sources/" + id + "/rejected", null, member), 200);
		var rotated = ok(call("POST", "/api/v1/adoption/sources/" + id + "/key", null, admin), 200);
		var oldKeyAfterRotation = send(key);
		var newKey = rotated.get("writeKey").asString();
		var newKeyWorks = send(newKey);
		var revoked = ok(call("DELETE", "/api/v1/adoption/sources/" + id + "/key", null, admin), 200);

		assertThat(source.get("events").asLong()).isEqualTo(1);
		assertThat(source.get("rejected").asLong()).isEqualTo(1);
		assertThat(rejected.get(0).get("reason").asString()).isEqualTo("event is required for track");
		assertThat(oldKeyAfterRotation.statusCode()).isEqualTo(401);
		assertThat(newKeyWorks.statusCode()).isEqualTo(200);
		assertThat(revoked.get("revokedAt").isNull()).isFalse();
		assertThat(send(newKey).statusCode()).isEqualTo(401);
	}

	@Test
	void rebuildsTheRollupsOnRequest() {
		var status = ok(call("POST", "/api/v1/adoption/rollups/rebuild", null, admin), 200);
		assertThat(status.get("pendingRequests").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(status.get("watermark").asLong()).isPositive();
	}

	HttpResponse<String> send(String key) {
		return http.send("POST", "/v1/batch", """
				{"batch": [{"type": "track", "userId": "u1", "event": "Opened"}, {"type": "track", "userId": "u1"}]}""",
				"Content-Type", "application/json", "Authorization",
				"Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends SourcesApiTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends SourcesApiTests {

	}

}
