package dev.tandem.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.TandemApplication;
import dev.tandem.demo.DemoOrganisation;

/**
 * The monthly review page of the demo organisation under load: the application starts on
 * an embedded H2 database (or the PostgreSQL URL given as the first argument), loads the
 * demo, signs in through the form, then several clients request the review page at once.
 * Reports p50/p95/p99 of the page as people open it (the review is computed at most every
 * few minutes) and of the page recomputed on every request ({@code ?fresh}), the worst
 * case. Target: p95 under 300 ms.
 *
 * <pre>
 * ./mvnw -q -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.tandem.bench.ReviewPageBenchmark
 * ./mvnw -q -Pbench -DskipTests test-compile exec:exec -Dbench.main=dev.tandem.bench.ReviewPageBenchmark \
 *     -Dbench.args=jdbc:postgresql://127.0.0.1:5432/tandem_bench
 * </pre>
 */
public final class ReviewPageBenchmark {

	private static final String PASSWORD = "review-bench-password";

	private static final int CLIENTS = 4;

	private static final int WARMUP = 100;

	private static final int REQUESTS = 400;

	private static final int FRESH_REQUESTS = 60;

	private ReviewPageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var database = args.length > 0 ? args[0]
				: "jdbc:h2:mem:review-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		var user = database.startsWith("jdbc:postgresql") ? System.getenv().getOrDefault("TANDEM_DATABASE_USER", "postgres")
				: "sa";
		var context = SpringApplication.run(TandemApplication.class, "--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=" + user,
				"--logging.level.root=WARN");
		try {
			var loaded = System.nanoTime();
			context.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> context.getBean(DemoOrganisation.class).load(PASSWORD));
			context.getBean(DemoOrganisation.class).settle();
			System.out.printf("database: %s%ndemo loaded in %d ms%n", database.replaceAll(";.*", ""),
					(System.nanoTime() - loaded) / 1_000_000);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var base = "http://localhost:" + port;
			var http = signIn(base);
			var page = base + "/review/" + YearMonth.now();

			measure("review page (warm-up)", http, page, WARMUP);
			measure("review page", http, page, REQUESTS);
			measure("review page recomputed (?fresh)", http, page + "?fresh", FRESH_REQUESTS);
		}
		finally {
			context.close();
		}
	}

	private static HttpClient signIn(String base) throws Exception {
		var http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		var csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		var form = "email=" + URLEncoder.encode("jonas.weber@parcelo.example", StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		var signedIn = http.send(
				HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.discarding());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
		}
		return http;
	}

	private static void measure(String what, HttpClient http, String url, int requests) throws Exception {
		var timings = Collections.synchronizedList(new ArrayList<Long>());
		var pool = Executors.newFixedThreadPool(CLIENTS);
		var tasks = new ArrayList<Callable<Void>>();
		for (int i = 0; i < requests; i++) {
			tasks.add(() -> {
				var start = System.nanoTime();
				var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.ofString());
				timings.add(System.nanoTime() - start);
				if (response.statusCode() != 200 || !response.body().contains("id=\"signals\"")) {
					throw new IllegalStateException("unexpected answer " + response.statusCode());
				}
				return null;
			});
		}
		var began = System.nanoTime();
		for (var future : pool.invokeAll(tasks)) {
			future.get();
		}
		var seconds = (System.nanoTime() - began) / 1e9;
		pool.shutdown();
		var sorted = new ArrayList<>(timings);
		Collections.sort(sorted);
		System.out.printf("%-34s %4d requests, %d clients: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%.0f req/s)%n",
				what, requests, CLIENTS, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99), requests / seconds);
	}

	/** Nearest-rank percentile. */
	private static double ms(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

}
