package dev.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;

/** The whole application starts, migrates its database and serves the sign-in page, on H2 and on PostgreSQL. */
abstract class ApplicationStartupTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesTheDatabase() {
		var applied = jdbc.sql("select count(*) from flyway_schema_history where success = true").query(Long.class).single();
		assertThat(applied).isGreaterThanOrEqualTo(2);
	}

	@Test
	void servesTheSignInPage() {
		var response = new Http(port).get("/login");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"email\"", "name=\"password\"", "name=\"_csrf\"");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'"));
	}

	@Test
	void sendsPagesToSignInWhenSignedOut() {
		var response = new Http(port).get("/org");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void answersTheApiWithProblemDetailsWhenSignedOut() {
		var response = new Http(port).get("/api/v1/people", "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
	}

	@Test
	void refusesAnUnknownToken() {
		var response = new Http(port).get("/api/v1/people", "Authorization", "Bearer tdm_nonsense");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends ApplicationStartupTests {
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends ApplicationStartupTests {
	}
}
