package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Kills the application with SIGKILL while clients are sending batches, restarts it, and
 * checks that every event acknowledged with a 200 is in the raw store and counted exactly
 * once in the rollups, including acknowledged batches that clients retry after the
 * restart. Tandem runs as a child JVM on PostgreSQL; this test's own context only creates
 * the source and reads the database.
 */
@SpringBootTest(properties = "tandem.adoption.rollup.enabled=false")
@OnPostgres
class IngestionCrashTests {

	static final int EVENTS_PER_BATCH = 200;

	@Autowired
	EventSources sources;

	@Autowired
	RollupWorker worker;

	@Autowired
	UsageRollups rollups;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Value("${spring.datasource.password:}")
	String databasePassword;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyAcknowledgedEventSurvivesAKillAndIsCountedOnce() throws Exception {
		var created = sources.create("Crash " + Unique.suffix());
		var source = created.source().id();
		var auth = "Basic "
				+ Base64.getEncoder().encodeToString((created.writeKey() + ":").getBytes(StandardCharsets.UTF_8));
		var run = Unique.suffix();
		var port = freePort();
		var acked = ConcurrentHashMap.<Integer>newKeySet();
		var next = new AtomicInteger();

		var app = start(port);
		var senders = new ArrayList<Thread>();
		for (var s = 0; s < 4; s++) {
			var sender = new Thread(() -> {
				while (true) {
					var batch = next.getAndIncrement();
					try {
						if (send(port, auth, run, batch) == 200) {
							acked.add(batch);
						}
					}
					catch (Exception e) {
						return;
					}
				}
			});
			sender.start();
			senders.add(sender);
		}
		while (acked.size() < 40) {
			Thread.sleep(20);
		}
		app.destroyForcibly().waitFor();
		for (var sender : senders) {
			sender.join(30_000);
		}
		var ackedBeforeKill = Set.copyOf(acked);
		var attempted = next.get();

		var restarted = start(port);
		try {
			// clients retry some acknowledged batches after the restart: counted once
			var retried = ackedBeforeKill.stream().limit(10).toList();
			for (var batch : retried) {
				assertThat(send(port, auth, run, batch)).isEqualTo(200);
			}
			waitForRollups();
		}
		finally {
			restarted.destroy();
			restarted.waitFor();
		}

		var ackedIds = ackedBeforeKill.stream()
			.flatMap(b -> IntStream.range(0, EVENTS_PER_BATCH).mapToObj(i -> user(run, b, i)))
			.toList();
		var stored = storedUsers(source);
		assertThat(stored).as("every acknowledged event is in the raw store").containsAll(ackedIds);
		var row = rollups.changedSince(0)
			.stream()
			.filter(r -> r.source().equals(source) && r.eventName().equals("Crash Test"))
			.findFirst()
			.orElseThrow();
		var denseIds = jdbc.sql("SELECT dense_id FROM usage_identity WHERE external_id IN (:ids)")
			.param("ids", ackedIds)
			.query(Integer.class)
			.list();
		assertThat(denseIds).hasSameSizeAs(ackedIds);
		assertThat(denseIds).allMatch(row.users()::contains);
		var distinctStored = Set.copyOf(stored).size();
		assertThat(row.users().getCardinality()).as("one user per event stored").isEqualTo(distinctStored);
		assertThat(row.events()).as("each event counted once, retries included").isEqualTo(distinctStored);
		assertThat(distinctStored).isBetween(ackedIds.size(), attempted * EVENTS_PER_BATCH);
	}

	static String user(String run, int batch, int i) {
		return "crash-" + run + "-" + batch + "-" + i;
	}

	int send(int port, String auth, String run, int batch) throws Exception {
		var body = IntStream.range(0, EVENTS_PER_BATCH)
			.mapToObj(i -> "{\"type\":\"track\",\"userId\":\"%s\",\"event\":\"Crash Test\",\"messageId\":\"%s\","
				.formatted(user(run, batch, i), user(run, batch, i))
					+ "\"timestamp\":\"2026-05-01T10:00:00Z\",\"properties\":{\"n\":" + i + "}}")
			.collect(Collectors.joining(",", "{\"batch\":[", "]}"));
		var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/batch"))
			.header("Content-Type", "application/json")
			.header("Authorization", auth)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

	/** Every userId in this source's raw rows, repeats included. */
	List<String> storedUsers(EventSourceId source) {
		var users = new ArrayList<String>();
		jdbc.sql("SELECT payload FROM usage_raw WHERE source_id = :source")
			.param("source", source.value())
			.query((rs, n) -> rs.getBytes(1))
			.list()
			.forEach(payload -> RawBatch.visit(payload,
					(kind, messageId, userId, anonymousId, previousId, name, timestamp) -> users.add(userId)));
		return users;
	}

	void waitForRollups() throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (worker.status().pendingRequests() > 0) {
			assertThat(System.nanoTime()).as("rollups catch up after the restart").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	Process start(int port) throws Exception {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"dev.tandem.TandemApplication", "--server.port=" + port, "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=" + databaseUser, "--spring.datasource.password=" + databasePassword,
				"--tandem.adoption.rollup.lease=3s", "--tandem.adoption.rollup.gap-grace=2s",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/crash-test-app.log")))
			.start();
		var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			assertThat(process.isAlive()).as("the application starts").isTrue();
			try {
				var health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (java.io.IOException e) {
				// not listening yet
			}
			assertThat(System.nanoTime()).as("started in time").isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	static int freePort() throws Exception {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
