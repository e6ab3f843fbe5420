package dev.tandem.identity.web;

import static dev.tandem.identity.web.HttpSession.json;
import static dev.tandem.identity.web.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Sign-in, sign-out, throttling, tokens, CSRF, user management and invitations over real
 * HTTP, on H2 and on PostgreSQL. Every test makes its own uniquely named accounts, so the
 * PostgreSQL database can be shared.
 */
abstract class IdentityOverHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Environment environment;

	UserSummary member;

	UserSummary admin;

	String adminToken;

	@BeforeEach
	void createAccounts() {
		member = accounts.create(Unique.email("member"), "Mia Member", Role.MEMBER, PASSWORD);
		admin = accounts.create(Unique.email("admin"), "Ada Admin", Role.ADMIN, PASSWORD);
		adminToken = tokens.create(admin.id(), "tests").secret();
	}

	private HttpResponse<String> asAdmin(String method, String path, String body) {
		return new Http(port).send(method, path, body, "Authorization", "Bearer " + adminToken, "Content-Type",
				"application/json", "Accept", "application/json");
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status)
			.doesNotContain("Exception", "exception", "at dev.tandem", "tools.jackson", "java.", "trace");
	}

	@Test
	void signsInWithTheFormAndSignsOut() {
		var session = new HttpSession(port);

		var signIn = session.signIn(member.email(), PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(location(signIn)).doesNotContain("error").endsWith("/");
		var account = session.http.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(member.email(), "Mia Member");

		var signOut = session.http.postForm("/logout", "_csrf=" + HttpSession.metaCsrf(account.body()));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(location(signOut)).endsWith("/login?signedOut");
		assertThat(session.http.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void refusesTheRightPasswordAfterFiveFailedSignIns() {
		var session = new HttpSession(port);
		var victim = accounts.create(Unique.email("victim"), "Victor", Role.VIEWER, PASSWORD);

		for (int attempt = 1; attempt <= 5; attempt++) {
			var failed = session.signIn(victim.email(), "wrong password " + attempt);
			assertThat(location(failed)).as("attempt %d", attempt).endsWith("/login?error");
		}
		var locked = session.signIn(victim.email(), PASSWORD);

		assertThat(locked.statusCode()).isEqualTo(302);
		assertThat(location(locked)).endsWith("/login?locked");
		assertThat(session.http.get("/account").statusCode()).as("still signed out").isEqualTo(302);
		assertThat(session.http.get("/login?locked").body()).contains("Too many failed attempts");
	}

	@Test
	void sendsSecurityHeadersOnPagesAndApi() {
		var http = new Http(port);
		for (var response : new HttpResponse<?>[] { http.get("/login"), http.get("/api/v1/me"), http.get("/invite") }) {
			var headers = response.headers();
			assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(headers.firstValue("Content-Security-Policy"))
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
			assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
		}
	}

	@Test
	void endsIdleSessionsAfterThirtyMinutesByDefault() {
		assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
	}

	@Test
	void createsUsesAndRevokesAPersonalToken() {
		var session = new HttpSession(port);
		session.signIn(member.email(), PASSWORD);
		var csrf = session.csrfHeaderValue();

		var withoutCsrf = session.http.send("POST", "/api/v1/me/tokens", "{\"name\":\"script\"}", "Content-Type",
				"application/json");
		assertProblem(withoutCsrf, 403);

		var created = session.http.send("POST", "/api/v1/me/tokens", "{\"name\":\"script\"}", "Content-Type",
				"application/json", "X-CSRF-TOKEN", csrf);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		var secret = json(created).get("secret").asString();
		var tokenId = json(created).get("token").get("id").asString();
		assertThat(secret).startsWith("tdm_");

		var script = new Http(port);
		var me = script.get("/api/v1/me", "Authorization", "Bearer " + secret);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json(me).get("email").asString()).isEqualTo(member.email());
		assertThat(json(me).get("role").asString()).isEqualTo("MEMBER");

		var revoked = script.send("DELETE", "/api/v1/me/tokens/" + tokenId, null, "Authorization", "Bearer " + secret);
		assertThat(revoked.statusCode()).isEqualTo(204);
		assertProblem(script.get("/api/v1/me", "Authorization", "Bearer " + secret), 401);
	}

	@Test
	void refusesWritesWithAViewersToken() {
		var viewer = accounts.create(Unique.email("viewer"), "Vic Viewer", Role.VIEWER, PASSWORD);
		var secret = tokens.create(viewer.id(), "read only").secret();
		var http = new Http(port);

		assertThat(http.get("/api/v1/audit?limit=1", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);
		assertProblem(http.send("POST", "/api/v1/users", "{}", "Authorization", "Bearer " + secret, "Content-Type",
				"application/json"), 403);
		assertProblem(http.send("POST", "/api/v1/audit", "{}", "Authorization", "Bearer " + secret, "Content-Type",
				"application/json"), 403);
	}

	@Test
	void letsAnAdministratorManageUsers() {
		var email = Unique.email("newcomer");
		var created = asAdmin("POST", "/api/v1/users", """
				{"email": "%s", "displayName": "Nico Newcomer", "role": "VIEWER"}""".formatted(email));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		var user = json(created).get("user");
		var id = user.get("id").asString();
		assertThat(json(created).get("invitation").get("link").asString()).contains("/invite?token=");

		var duplicate = asAdmin("POST", "/api/v1/users", """
				{"email": "%s", "displayName": "Again", "role": "VIEWER"}""".formatted(email.toUpperCase()));
		assertProblem(duplicate, 400);
		assertThat(json(duplicate).get("errors").get(0).get("field").asString()).isEqualTo("email");

		var update = """
				{"displayName": "Nico N.", "role": "MEMBER", "enabled": true, "version": %d}"""
			.formatted(user.get("version").asLong());
		assertThat(asAdmin("PUT", "/api/v1/users/" + id, update).statusCode()).isEqualTo(200);
		assertProblem(asAdmin("PUT", "/api/v1/users/" + id, update), 409);

		assertThat(asAdmin("GET", "/api/v1/users/" + id, null).body()).contains("Nico N.", "MEMBER");
		assertProblem(asAdmin("GET", "/api/v1/users/" + UUID.randomUUID(), null), 404);
		assertProblem(asAdmin("GET", "/api/v1/users/not-a-uuid", null), 400);
		assertProblem(asAdmin("PUT", "/api/v1/users/" + id, "{\"displayName\": "), 400);
		assertProblem(asAdmin("PUT", "/api/v1/users/" + id, """
				{"displayName": "Nico", "role": "MEMBER", "enabled": "perhaps", "version": "two"}"""), 400);
		assertProblem(asAdmin("POST", "/api/v1/users", """
				{"email": 42, "displayName": ["x"], "role": "MEMBER"}"""), 400);
	}

	@Test
	void demotesAnAdministratorWhileAnotherRemains() {
		var other = accounts.create(Unique.email("admin2"), "Otto Admin", Role.ADMIN, PASSWORD);

		var demoted = asAdmin("PUT", "/api/v1/users/" + other.id(), """
				{"displayName": "Otto", "role": "VIEWER", "enabled": false, "version": %d}"""
			.formatted(other.version()));

		assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
		assertThat(json(demoted).get("role").asString()).isEqualTo("VIEWER");
		assertThat(json(demoted).get("enabled").asBoolean()).isFalse();
	}

	@Test
	void letsAnInvitedPersonChooseAPasswordOnce() {
		var email = Unique.email("invitee");
		var created = asAdmin("POST", "/api/v1/users", """
				{"email": "%s", "displayName": "Ines Invitee", "role": "MEMBER"}""".formatted(email));
		var link = URI.create(json(created).get("invitation").get("link").asString());
		var path = link.getRawPath() + "?" + link.getRawQuery();
		var session = new HttpSession(port);

		var form = session.http.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"Ines Invitee\"", email);
		var fields = new LinkedHashMap<String, String>();
		fields.put("token", link.getRawQuery().substring("token=".length()));
		fields.put("displayName", "Ines");
		fields.put("password", "chosen by me 123");
		fields.put("passwordAgain", "chosen by me 123");
		fields.put("_csrf", HttpSession.hiddenCsrf(form.body()));
		var accepted = session.http.postForm("/invite", HttpSession.form(fields));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(location(accepted)).endsWith("/login?invited");

		assertThat(location(session.signIn(email, "chosen by me 123"))).doesNotContain("error");
		var again = new Http(port).get(path);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("already been used");
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends IdentityOverHttpTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends IdentityOverHttpTests {

	}

}
