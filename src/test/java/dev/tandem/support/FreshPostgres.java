package dev.tandem.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own on the test PostgreSQL server, for tests that need an empty
 * organisation (the demo, the monthly review). Named {@code tandem_demo_*} so that
 * {@code scripts/test} drops it on the next run.
 */
public final class FreshPostgres {

	private FreshPostgres() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		var serverUrl = System.getenv()
			.getOrDefault("TANDEM_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/tandem_test");
		var user = System.getenv().getOrDefault("TANDEM_TEST_DATABASE_USER", "postgres");
		var password = System.getenv().getOrDefault("TANDEM_TEST_DATABASE_PASSWORD", "");
		var name = "tandem_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (var connection = DriverManager.getConnection(serverUrl, user, password);
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create a test database on " + serverUrl, e);
		}
		registry.add("spring.datasource.url", () -> serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name);
	}

}
