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

/**
 * The whole application starts, migrates its database and serves the sign-in page, on H2
 * and on PostgreSQL.
 */
abstract class ApplicationStartupTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesTheDatabase() {
		var applied = jdbc.sql("select count(*) from flyway_schema_history where success = true")
			.query(Long.class)
			.single();
		assertThat(applied).isGreaterThanOrEqualTo(2);
	}

	@Test
	void servesTheSignInPage() {
		var response = new Http(port).get("/login");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"email\"", "name=\"password\"", "name=\"_csrf\"");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
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
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
	}

	@Test
	void refusesAnUnknownToken() {
		var response = new Http(port).get("/api/v1/people", "Authorization", "Bearer tdm_nonsense");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void publishesTheApiDescriptionAndSwaggerUi() {
		var http = new Http(port);
		var description = http.get("/api/docs/openapi.json");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"openapi\"", "Tandem API", "bearer");
		var ui = http.get("/api/docs");
		assertThat(ui.statusCode()).isIn(200, 302);
	}

	@Test
	void reportsHealthToAnyoneAndMetricsOnlyToAdministrators() {
		var http = new Http(port);
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(http.get("/actuator/health").body()).contains("UP");
		assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(302);
	}

	@Test
	void answersUnknownPagesWithAReadablePageAndNoInternals() {
		var http = new Http(port);
		var response = http.get("/setup/../../etc/passwd");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at dev.");
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
