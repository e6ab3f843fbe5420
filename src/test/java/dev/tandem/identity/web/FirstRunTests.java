package dev.tandem.identity.web;

import static dev.tandem.identity.web.HttpSession.json;
import static dev.tandem.identity.web.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.FirstRunSetup;
import dev.tandem.support.OnH2;

/**
 * A brand-new installation: the one-time setup link creates the administrator and then
 * dies, and that administrator, being the only one, cannot demote or disable themselves.
 * Needs an empty user table, so it runs on its own fresh H2 database (the
 * {@code properties} give it a context of its own) and not on the shared PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tandem.test.fresh-install=true")
@OnH2
class FirstRunTests {

	private static final String EMAIL = "first.admin@example.com";

	private static final String PASSWORD = "the very first password";

	@LocalServerPort
	int port;

	@Autowired
	FirstRunSetup setup;

	@Test
	void createsTheFirstAdministratorOnceAndKeepsAtLeastOneAdministrator() {
		var token = setup.currentToken();
		assertThat(token).as("setup is offered on an empty installation").isNotBlank();
		var session = new HttpSession(port);

		var form = session.http.get("/setup?token=" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"passwordAgain\"");
		var fields = new LinkedHashMap<String, String>();
		fields.put("token", token);
		fields.put("email", EMAIL);
		fields.put("displayName", "First Admin");
		fields.put("password", PASSWORD);
		fields.put("passwordAgain", "a different password");
		fields.put("_csrf", HttpSession.hiddenCsrf(form.body()));
		var mistyped = session.http.postForm("/setup", HttpSession.form(fields));
		assertThat(mistyped.body()).contains("id=\"passwordAgain-error\"", "The two passwords differ.");
		assertThat(setup.currentToken()).as("a mistake does not use up the link").isEqualTo(token);

		fields.put("passwordAgain", PASSWORD);
		var created = session.http.postForm("/setup", HttpSession.form(fields));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(location(created)).endsWith("/login?setupDone");

		assertThat(session.http.get("/setup?token=" + token).body()).contains("no longer valid");
		assertThat(session.http.postForm("/setup", HttpSession.form(fields)).body()).contains("no longer valid");
		assertThat(setup.currentToken()).isNull();

		assertThat(location(session.signIn(EMAIL, PASSWORD))).doesNotContain("error");
		var csrf = session.csrfHeaderValue();
		var me = json(session.http.get("/api/v1/me"));
		assertThat(me.get("role").asString()).isEqualTo("ADMIN");
		var self = "/api/v1/users/" + me.get("id").asString();
		var version = json(session.http.get(self)).get("version").asLong();

		var demote = session.http.send("PUT", self, """
				{"displayName": "First Admin", "role": "MEMBER", "enabled": true, "version": %d}""".formatted(version),
				"Content-Type", "application/json", "X-CSRF-TOKEN", csrf);
		assertThat(demote.statusCode()).isEqualTo(400);
		assertThat(json(demote).get("errors").get(0).get("field").asString()).isEqualTo("role");
		assertThat(json(demote).get("detail").asString()).contains("without an enabled administrator");

		var disable = session.http.send("PUT", self, """
				{"displayName": "First Admin", "role": "ADMIN", "enabled": false, "version": %d}""".formatted(version),
				"Content-Type", "application/json", "X-CSRF-TOKEN", csrf);
		assertThat(disable.statusCode()).isEqualTo(400);
		assertThat(json(disable).get("errors").get(0).get("field").asString()).isEqualTo("enabled");

		var editPage = session.http.get("/admin/users/" + me.get("id").asString());
		var formFields = new LinkedHashMap<String, String>();
		formFields.put("displayName", "First Admin");
		formFields.put("role", "VIEWER");
		formFields.put("enabled", "true");
		formFields.put("version", String.valueOf(version));
		formFields.put("_csrf", HttpSession.hiddenCsrf(editPage.body()));
		var pageDemote = session.http.postForm("/admin/users/" + me.get("id").asString(), HttpSession.form(formFields));
		assertThat(pageDemote.statusCode()).isEqualTo(400);
		assertThat(pageDemote.body()).contains("id=\"role-error\"", "This is the last enabled administrator");

		var second = session.http.send("POST", "/api/v1/users", """
				{"email": "second.admin@example.com", "displayName": "Second", "role": "ADMIN", "password": "%s"}"""
			.formatted(PASSWORD), "Content-Type", "application/json", "X-CSRF-TOKEN", csrf);
		assertThat(second.statusCode()).isEqualTo(201);
		var demoteNow = session.http.send("PUT", self, """
				{"displayName": "First Admin", "role": "MEMBER", "enabled": true, "version": %d}""".formatted(version),
				"Content-Type", "application/json", "X-CSRF-TOKEN", csrf);
		assertThat(demoteNow.statusCode()).as(demoteNow.body()).isEqualTo(200);
	}

}
