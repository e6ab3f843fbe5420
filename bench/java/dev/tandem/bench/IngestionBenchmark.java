package dev.tandem.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.tandem.TandemApplication;
import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.RollupWorker;

/**
 * End-to-end ingestion load: starts Tandem on a database, creates a source, and has
 * several HTTP clients POST 500-event Segment batches (distinct messageIds, 100k users, 50
 * event names) for a sustained period. Reports acknowledged events per second, request
 * latency, and the rollup lag during the run and after it.
 *
 * <pre>
 * ./mvnw -q -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.tandem.bench.IngestionBenchmark \
 *     -Dbench.args="--db=postgres --url=jdbc:postgresql://127.0.0.1:5432/tandem_bench --clients=8 --seconds=60"
 * ./mvnw ... -Dbench.args="--db=h2 --clients=8 --seconds=60"
 * </pre>
 */
public class IngestionBenchmark {

	static final int EVENTS_PER_BATCH = 500;

	static final int USERS = 100_000;

	static final String[] EVENTS = new String[50];

	static {
		for (var i = 0; i < EVENTS.length; i++) {
			EVENTS[i] = "Feature " + (char) ('A' + i % 26) + " Used " + i;
		}
	}

	public static void main(String[] args) throws Exception {
		var db = option(args, "db", "postgres");
		var url = option(args, "url", db.equals("h2")
				? "jdbc:h2:file:./target/bench-h2/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
				: "jdbc:postgresql://127.0.0.1:5432/tandem_bench");
		var clients = Integer.parseInt(option(args, "clients", "8"));
		var seconds = Integer.parseInt(option(args, "seconds", "60"));
		var warmup = Integer.parseInt(option(args, "warmup", "10"));
		var gzip = Boolean.parseBoolean(option(args, "gzip", "false"));
		var rate = Long.parseLong(option(args, "rate", "0"));
		var user = db.equals("h2") ? "sa" : "postgres";

		var appArgs = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=", "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--tandem.demo=false",
				"--server.tomcat.threads.max=" + Math.max(50, clients * 2)));
		// anything else (--logging.level.…, --tandem.adoption.rollup.…) goes to the application
		for (var arg : args) {
			if (arg.startsWith("--logging.") || arg.startsWith("--tandem.") || arg.startsWith("--spring.")) {
				appArgs.add(arg);
			}
		}
		var app = SpringApplication.run(TandemApplication.class, appArgs.toArray(String[]::new));
		try {
			run(app, db, clients, seconds, warmup, gzip, rate);
		}
		finally {
			app.close();
		}
	}

	/**
	 * @param rate events per second the clients together send at most (0: as fast as
	 * acknowledged)
	 */
	static void run(ConfigurableApplicationContext app, String db, int clients, int seconds, int warmup, boolean gzip,
			long rate) throws Exception {
		var port = ((WebServerApplicationContext) app).getWebServer().getPort();
		var worker = app.getBean(RollupWorker.class);
		var key = app.getBean(EventSources.class).create("bench " + Instant.now()).writeKey();
		var auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
		var uri = URI.create("http://localhost:" + port + "/v1/batch");
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var start = System.nanoTime();
		var measureFrom = start + Duration.ofSeconds(warmup).toNanos();
		var end = measureFrom + Duration.ofSeconds(seconds).toNanos();
		var acked = new AtomicLong();
		var failed = new AtomicLong();
		var latencies = new ConcurrentLinkedQueue<Long>();
		var interval = rate == 0 ? 0 : 1_000_000_000L * EVENTS_PER_BATCH / rate;
		var nextSlot = new AtomicLong(start);
		var threads = new ArrayList<Thread>();
		for (var c = 0; c < clients; c++) {
			var client = c;
			var thread = new Thread(() -> {
				var body = new Batch(client);
				while (System.nanoTime() < end) {
					if (interval > 0) {
						var slot = nextSlot.getAndAdd(interval);
						var wait = slot - System.nanoTime();
						if (wait > 0) {
							java.util.concurrent.locks.LockSupport.parkNanos(wait);
						}
					}
					var bytes = body.next();
					var request = HttpRequest.newBuilder(uri)
						.header("Content-Type", "application/json")
						.header("Authorization", auth);
					if (gzip) {
						bytes = gzip(bytes);
						request.header("Content-Encoding", "gzip");
					}
					var sent = System.nanoTime();
					try {
						var response = http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
								HttpResponse.BodyHandlers.ofString());
						var done = System.nanoTime();
						if (done >= measureFrom && done < end) {
							if (response.statusCode() == 200) {
								acked.addAndGet(EVENTS_PER_BATCH);
								latencies.add(done - sent);
							}
							else {
								failed.incrementAndGet();
							}
						}
					}
					catch (Exception e) {
						failed.incrementAndGet();
					}
				}
			}, "client-" + c);
			thread.start();
			threads.add(thread);
		}
		var maxLagEvents = 0L;
		var maxLagSeconds = 0L;
		var samples = new ArrayList<String>();
		while (System.nanoTime() < end) {
			Thread.sleep(5_000);
			var status = worker.status();
			if (System.nanoTime() > measureFrom) {
				maxLagEvents = Math.max(maxLagEvents, status.pendingEvents());
				maxLagSeconds = Math.max(maxLagSeconds, status.lagSeconds());
			}
			samples.add("t=%ds acked=%d pendingEvents=%d lag=%ds".formatted(
					(System.nanoTime() - start) / 1_000_000_000L, acked.get(), status.pendingEvents(),
					status.lagSeconds()));
			System.out.println(samples.get(samples.size() - 1));
		}
		for (var thread : threads) {
			thread.join();
		}
		var stoppedAt = System.nanoTime();
		var after = worker.status();
		worker.runToCompletion();
		var drained = (System.nanoTime() - stoppedAt) / 1_000_000L;
		var sorted = new ArrayList<>(latencies);
		sorted.sort(null);
		System.out.println();
		System.out.printf("database=%s clients=%d gzip=%s rate limit=%s measured=%ds (after %ds warm-up)%n", db,
				clients, gzip, rate == 0 ? "none" : rate + " events/s", seconds, warmup);
		System.out.printf("acknowledged: %,d events = %,.0f events/s (%,.0f requests/s), failed requests %d%n",
				acked.get(), acked.get() / (double) seconds, acked.get() / (double) seconds / EVENTS_PER_BATCH,
				failed.get());
		System.out.printf("request latency: p50 %.1f ms, p99 %.1f ms%n", percentile(sorted, 0.5),
				percentile(sorted, 0.99));
		System.out.printf("rollup lag during the run: max %,d events, max %d s%n", maxLagEvents, maxLagSeconds);
		System.out.printf("rollup lag at the end: %,d events; caught up %d ms after the clients stopped%n",
				after.pendingEvents(), drained);
	}

	static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
	}

	static byte[] gzip(byte[] bytes) {
		try {
			var out = new java.io.ByteArrayOutputStream(bytes.length / 4);
			try (var gz = new java.util.zip.GZIPOutputStream(out)) {
				gz.write(bytes);
			}
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * A 500-event batch body built once; each call writes new messageIds and user ids
	 * into fixed-width slots, so the client spends little CPU.
	 */
	public static final class Batch {

		final byte[] body;

		final int[] messageSlots = new int[EVENTS_PER_BATCH];

		final int[] userSlots = new int[EVENTS_PER_BATCH];

		final java.util.SplittableRandom random;

		long counter;

		public Batch(int client) {
			random = new java.util.SplittableRandom(client);
			var timestamp = Instant.now().toString();
			var text = new StringBuilder("{\"batch\":[");
			var markers = new ArrayList<int[]>();
			for (var i = 0; i < EVENTS_PER_BATCH; i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append("{\"type\":\"track\",\"userId\":\"");
				var user = text.length();
				text.append("u000000\",\"event\":\"").append(EVENTS[i % EVENTS.length]);
				text.append("\",\"properties\":{\"plan\":\"pro\",\"count\":").append(i % 7);
				text.append("},\"messageId\":\"c").append(client).append('-');
				var message = text.length();
				text.append("000000000000\",\"timestamp\":\"").append(timestamp).append("\"}");
				markers.add(new int[] { user, message });
			}
			text.append(
					"],\"context\":{\"library\":{\"name\":\"analytics-java\",\"version\":\"3.5.4\"}},\"sentAt\":\"")
				.append(timestamp)
				.append("\"}");
			body = text.toString().getBytes(StandardCharsets.US_ASCII);
			for (var i = 0; i < EVENTS_PER_BATCH; i++) {
				userSlots[i] = markers.get(i)[0] + 1;
				messageSlots[i] = markers.get(i)[1];
			}
		}

		public byte[] next() {
			for (var i = 0; i < EVENTS_PER_BATCH; i++) {
				write(messageSlots[i], counter++, 12);
				write(userSlots[i], random.nextInt(USERS), 6);
			}
			return body.clone();
		}

		private void write(int at, long value, int width) {
			for (var i = width - 1; i >= 0; i--) {
				body[at + i] = (byte) ('0' + value % 10);
				value /= 10;
			}
		}

	}

	static String option(String[] args, String name, String fallback) {
		for (var arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

}
