package dev.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.support.Http;
import dev.tandem.support.OnH2;

/**
 * Requests refused before any of Tandem's code runs, by Tomcat or by Spring Security's
 * firewall: API callers get problem details like every other API error, browsers a short
 * page in both languages, and neither learns what server runs Tandem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnH2
class RejectedRequestsTests {

	static final List<String> ODD_SUFFIXES = List.of("%00", "a%2Fb", "%ff", "x;y=1", "%2e%2e/users", "%5c", "%25",
			"a".repeat(9_000));

	@LocalServerPort
	int port;

	@Test
	void anApiPathRefusedByTheServerOrTheFirewallAnswersProblemDetails() {
		var http = new Http(port);
		for (var suffix : ODD_SUFFIXES) {
			var response = http.get("/api/v1/teams/" + suffix, "Accept", "application/json");
			var what = "/api/v1/teams/" + suffix.substring(0, Math.min(20, suffix.length()));
			assertThat(response.statusCode()).as(what).isIn(400, 401, 404);
			if (response.statusCode() == 400) {
				assertThat(response.headers().firstValue("Content-Type")).as(what)
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(response.body()).as(what).contains("\"status\":400").doesNotContain("Tomcat", "<html");
			}
		}
	}

	@Test
	void aPageRefusedByTheServerAnswersAShortPageInBothLanguages() {
		var response = new Http(port).get("/org/%00");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The address is not valid", "L’adresse n’est pas valide")
			.doesNotContain("Tomcat");
	}

	@Test
	void anIngestionPathRefusedByTheServerAnswersJson() {
		var response = new Http(port).send("POST", "/v1/tr%00ack", "{}", "Content-Type", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

}
