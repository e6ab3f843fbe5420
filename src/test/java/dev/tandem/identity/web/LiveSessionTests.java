package dev.tandem.identity.web;

import static dev.tandem.identity.web.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Disabling or demoting someone takes effect on the very next request of every session
 * and token they hold, without waiting for them to sign in again.
 */
abstract class LiveSessionTests {

	private static final String PASSWORD = "correct horse battery";

	/** A write any MEMBER may attempt: the empty body makes it a 400, never a change. */
	private static final String MEMBER_WRITE = "/api/v1/people";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	UserSummary member;

	String adminToken;

	@BeforeEach
	void createAccounts() {
		member = accounts.create(Unique.email("live-member"), "Lou Live", Role.MEMBER, PASSWORD);
		var admin = accounts.create(Unique.email("live-admin"), "Ada Admin", Role.ADMIN, PASSWORD);
		adminToken = tokens.create(admin.id(), "tests").secret();
	}

	@Test
	void aDemotedMembersOpenSessionAndTokenStopWritingAtTheirNextRequest() {
		var session = signedIn(member);
		var csrf = session.csrfHeaderValue();
		var token = tokens.create(member.id(), "script").secret();
		assertThat(sessionWrite(session, csrf)).as("member session writes").isEqualTo(400);
		assertThat(tokenWrite(token)).as("member token writes").isEqualTo(400);
		assertThat(pageWrite(session, csrf)).as("member page form").isNotIn(302, 403);

		update(member, Role.VIEWER, true);

		assertThat(sessionWrite(session, csrf)).as("demoted session write").isEqualTo(403);
		assertThat(pageWrite(session, csrf)).as("demoted page form").isEqualTo(403);
		assertThat(tokenWrite(token)).as("demoted token write").isEqualTo(403);
		assertThat(session.http.get("/api/v1/teams").statusCode()).as("a viewer still reads").isEqualTo(200);
		assertThat(session.http.get("/org").statusCode()).as("a viewer still reads pages").isEqualTo(200);

		update(member, Role.MEMBER, true);

		assertThat(sessionWrite(session, csrf)).as("promoted back").isEqualTo(400);
	}

	@Test
	void aDisabledUsersOpenSessionEndsAndTheirTokensStop() {
		var session = signedIn(member);
		var csrf = session.csrfHeaderValue();
		var token = tokens.create(member.id(), "script").secret();

		update(member, Role.MEMBER, false);

		var read = session.http.get("/api/v1/teams", "Accept", "application/json");
		assertThat(read.statusCode()).as("API read with the old session").isEqualTo(401);
		var page = session.http.get("/org");
		assertThat(page.statusCode()).as("page with the old session").isEqualTo(302);
		assertThat(location(page)).endsWith("/login");
		assertThat(session.http
			.send("POST", "/api/v1/me/tokens", "{\"name\":\"after\"}", "Content-Type", "application/json",
					"X-CSRF-TOKEN", csrf)
			.statusCode()).as("minting a token with the old session").isIn(401, 403);
		assertThat(new Http(port).get("/api/v1/teams", "Authorization", "Bearer " + token).statusCode())
			.as("the disabled user's token")
			.isEqualTo(401);
		assertThat(tokens.of(member.id())).as("no token was minted").hasSize(1);

		update(member, Role.MEMBER, true);

		assertThat(session.http.get("/api/v1/teams").statusCode()).as("the ended session stays ended").isEqualTo(401);
		assertThat(signedIn(member).http.get("/api/v1/teams").statusCode()).as("signing in again works").isEqualTo(200);
	}

	private HttpSession signedIn(UserSummary user) {
		var session = new HttpSession(port);
		var response = session.signIn(user.email(), PASSWORD);
		assertThat(location(response)).doesNotContain("error");
		return session;
	}

	/** Changes the account through the administrators' API, as an administrator would. */
	private void update(UserSummary user, Role role, boolean enabled) {
		var current = accounts.get(user.id());
		var body = "{\"displayName\":\"" + current.displayName() + "\",\"role\":\"" + role + "\",\"enabled\":" + enabled
				+ ",\"version\":" + current.version() + "}";
		var response = new Http(port).send("PUT", "/api/v1/users/" + user.id().value(), body, "Authorization",
				"Bearer " + adminToken, "Content-Type", "application/json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private int sessionWrite(HttpSession session, String csrf) {
		return session.http.send("POST", MEMBER_WRITE, "{}", "Content-Type", "application/json", "X-CSRF-TOKEN", csrf)
			.statusCode();
	}

	private int pageWrite(HttpSession session, String csrf) {
		return session.http.postForm("/org/people", "_csrf=" + csrf).statusCode();
	}

	private int tokenWrite(String token) {
		return new Http(port)
			.send("POST", MEMBER_WRITE, "{}", "Content-Type", "application/json", "Authorization", "Bearer " + token)
			.statusCode();
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends LiveSessionTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends LiveSessionTests {

	}

}
