package dev.tandem.adoption;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.flywaydb.core.Flyway;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Adoption queries on rollups against COUNT(DISTINCT …) on raw events, on the same data
 * in the same run: generates usage events (default 10M events, 100k users, 200 event
 * names, 90 days, skewed), builds the per-day bitmaps, writes them to the real rollup
 * table, loads the application's {@link AdoptionIndex} from it through
 * {@link UsageRollups}, times single metrics of one feature and the adoption of every
 * feature, reports the index's memory, then loads the same events one row per event
 * into PostgreSQL with COPY and times the equivalent SQL.
 *
 * <p>
 * It lives in the adoption package (in bench/java) because the index is internal to the
 * module: the benchmark measures the very class the application queries.
 *
 * <p>
 * Arguments (all optional, key=value): events, users, names, days, url (JDBC URL of a
 * scratch PostgreSQL database, created if missing), user, password, sqlRuns.
 */
public final class AdoptionQueryBenchmark {

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

	private static final EventSourceId SOURCE = new EventSourceId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

	public static void main(String[] args) throws Exception {
		var options = new java.util.HashMap<String, String>();
		for (var arg : args) {
			var kv = arg.split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "");
		}
		int events = Integer.parseInt(options.getOrDefault("events", "10000000"));
		int users = Integer.parseInt(options.getOrDefault("users", "100000"));
		int names = Integer.parseInt(options.getOrDefault("names", "200"));
		int days = Integer.parseInt(options.getOrDefault("days", "90"));
		int sqlRuns = Integer.parseInt(options.getOrDefault("sqlRuns", "3"));
		var url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/tandem_bench_adoption");
		var user = options.getOrDefault("user", "postgres");
		var password = options.getOrDefault("password", "");
		new AdoptionQueryBenchmark(events, users, names, days, url, user, password, sqlRuns).run();
	}

	private final int eventCount;

	private final int userCount;

	private final int nameCount;

	private final int dayCount;

	private final String url;

	private final String user;

	private final String password;

	private final int sqlRuns;

	private int[] eventUser;

	private short[] eventName;

	private short[] eventDay;

	private int[] eventSecond;

	private AdoptionQueryBenchmark(int events, int users, int names, int days, String url, String user,
			String password, int sqlRuns) {
		this.eventCount = events;
		this.userCount = users;
		this.nameCount = names;
		this.dayCount = days;
		this.url = url;
		this.user = user;
		this.password = password;
		this.sqlRuns = sqlRuns;
	}

	private static String name(int i) {
		return String.format(Locale.ROOT, "event_%03d", i);
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT, "%,d events, %,d users, %d event names, %d days; Java %s, %d cores, max heap %d MiB%n",
				eventCount, userCount, nameCount, dayCount, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		generate();
		var rollups = buildRollups();
		var dataSource = database();
		writeRollups(dataSource, rollups);
		rollups = null;
		var index = loadIndex(dataSource);
		queries(index);
		sql(dataSource, index);
	}

	/**
	 * Skewed usage: event names by a Zipf law (s = 1.1: a few popular events, a long tail
	 * of rare ones), users by a power law (a core of heavy users, their ids scattered),
	 * days uniform, seconds uniform within the day.
	 */
	private void generate() {
		var started = System.nanoTime();
		var random = new SplittableRandom(42);
		var cdf = new double[nameCount];
		double sum = 0;
		for (int i = 0; i < nameCount; i++) {
			sum += 1 / Math.pow(i + 1, 1.1);
			cdf[i] = sum;
		}
		for (int i = 0; i < nameCount; i++) {
			cdf[i] /= sum;
		}
		eventUser = new int[eventCount];
		eventName = new short[eventCount];
		eventDay = new short[eventCount];
		eventSecond = new int[eventCount];
		for (int i = 0; i < eventCount; i++) {
			int name = Arrays.binarySearch(cdf, random.nextDouble());
			eventName[i] = (short) Math.min(nameCount - 1, name < 0 ? -name - 1 : name);
			// heavy users first, then spread over the id space as the worker's dense ids
			// (given in order of first appearance) would be, so bitmaps are not runs
			long rank = (long) (userCount * Math.pow(random.nextDouble(), 2.5));
			eventUser[i] = (int) (rank * 48_271L % userCount);
			eventDay[i] = (short) random.nextInt(dayCount);
			eventSecond[i] = random.nextInt(86_400);
		}
		System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(started));
	}

	/** Bitmaps per (event name, day) and the active users per day, as the worker builds them. */
	private List<DayRollup> buildRollups() {
		var started = System.nanoTime();
		var bitmaps = new RoaringBitmap[nameCount][dayCount];
		var counts = new long[nameCount][dayCount];
		var active = new RoaringBitmap[dayCount];
		var activeCounts = new long[dayCount];
		for (int d = 0; d < dayCount; d++) {
			active[d] = new RoaringBitmap();
			for (int n = 0; n < nameCount; n++) {
				bitmaps[n][d] = new RoaringBitmap();
			}
		}
		for (int i = 0; i < eventCount; i++) {
			bitmaps[eventName[i]][eventDay[i]].add(eventUser[i]);
			counts[eventName[i]][eventDay[i]]++;
			active[eventDay[i]].add(eventUser[i]);
			activeCounts[eventDay[i]]++;
		}
		var rows = new ArrayList<DayRollup>();
		for (int d = 0; d < dayCount; d++) {
			active[d].runOptimize();
			rows.add(new DayRollup(SOURCE, UsageRollups.ACTIVE, FIRST_DAY.plusDays(d), active[d], activeCounts[d], 1));
			for (int n = 0; n < nameCount; n++) {
				if (counts[n][d] > 0) {
					bitmaps[n][d].runOptimize();
					rows.add(new DayRollup(SOURCE, name(n), FIRST_DAY.plusDays(d), bitmaps[n][d], counts[n][d], 1));
				}
			}
		}
		var took = seconds(started);
		System.out.printf(Locale.ROOT, "rollups built in %.2f s (%,.0f events/s on one core): %,d rows%n", took,
				eventCount / took, rows.size());
		return rows;
	}

	private DriverManagerDataSource database() throws SQLException {
		var slash = url.lastIndexOf('/');
		var database = url.substring(slash + 1);
		try (var admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
				var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				admin.createStatement().execute("CREATE DATABASE " + database);
			}
		}
		var dataSource = new DriverManagerDataSource(url, user, password);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

	private void writeRollups(DriverManagerDataSource dataSource, List<DayRollup> rows) throws Exception {
		var started = System.nanoTime();
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.createStatement().execute("DELETE FROM usage_rollup");
			try (var insert = connection.prepareStatement(
					"INSERT INTO usage_rollup (source_id, event_name, day_utc, users, events, changed_at) VALUES (?, ?, ?, ?, ?, 1)")) {
				for (var row : rows) {
					insert.setObject(1, row.source().value());
					insert.setString(2, row.eventName());
					insert.setObject(3, row.day());
					insert.setBytes(4, bytes(row.users()));
					insert.setLong(5, row.events());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			connection.createStatement().execute("UPDATE usage_rollup_state SET watermark = 1 WHERE id = 1");
			connection.commit();
		}
		System.out.printf(Locale.ROOT, "rollups written to usage_rollup in %.2f s%n", seconds(started));
	}

	private static byte[] bytes(RoaringBitmap bitmap) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var data = new java.io.DataOutputStream(out)) {
			bitmap.serialize(data);
		}
		return out.toByteArray();
	}

	private AdoptionIndex loadIndex(DriverManagerDataSource dataSource) {
		var before = usedHeap();
		var started = System.nanoTime();
		var index = new AdoptionIndex(new UsageRollups(JdbcClient.create(dataSource)));
		index.refresh();
		var took = seconds(started);
		var after = usedHeap();
		var snapshot = index.snapshot();
		System.out.printf(Locale.ROOT,
				"index loaded from usage_rollup in %.2f s: %,d rollups, bitmaps %.1f MiB, heap growth %.1f MiB%n", took,
				snapshot.rollupCount(), snapshot.bitmapBytes() / 1048576.0, (after - before) / 1048576.0);
		var started2 = System.nanoTime();
		var unchanged = index.refresh();
		System.out.printf(Locale.ROOT, "refresh with nothing new: %.2f ms (changed: %s)%n",
				(System.nanoTime() - started2) / 1e6, unchanged);
		return index;
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		var runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private int day(int offset) {
		return (int) FIRST_DAY.plusDays(offset).toEpochDay();
	}

	private void queries(AdoptionIndex index) {
		var snapshot = index.snapshot();
		var popular = snapshot.usage(List.of(name(0)), null);
		var two = snapshot.usage(List.of(name(0), name(1)), null);
		var rare = snapshot.usage(List.of(name(nameCount - 1)), null);
		int last = dayCount - 1;
		int from30 = last - 29;
		System.out.println();
		System.out.println("Bitmap path (in-memory index), one feature = its most popular event unless said:");
		time("adoption rate, 30 days", () -> (long) (popular.adoption(day(from30), day(last)).rate() * 1e6));
		time("adoption rate, 90 days", () -> (long) (popular.adoption(day(0), day(last)).rate() * 1e6));
		time("adoption rate, 30 days, 2 events", () -> (long) (two.adoption(day(from30), day(last)).rate() * 1e6));
		time("adoption rate, 30 days, rarest event", () -> (long) (rare.adoption(day(from30), day(last)).rate() * 1e6));
		time("feature users, 30 days", () -> popular.featureUserCount(day(from30), day(last)));
		time("active users: DAU series + WAU + MAU, 30 days", () -> popular.activeUsers(day(from30), day(last)).mau());
		time("stickiness, 30 days", () -> (long) (popular.stickiness(day(from30), day(last)).mean() * 1e6));
		time("7-day retention, 30 days", () -> popular.retention(day(from30), day(last), 7, false).cohort());
		time("retention curve 1-30 days, 90 days", () -> popular.retention(day(0), day(last), 7, true).cohort());
		time("time to first use (release day 30, to day 89)", () -> popular.timeToFirstUse(day(30), day(last)).users());
		time("frequency, 30 days", () -> popular.frequency(day(from30), day(last)).events());
		time("adoption curve since release (60 days)", () -> popular.adoptionCurve(day(30), day(last)).size());
		var everyone = snapshot.usage(List.of(), null);
		var features = new ArrayList<FeatureUsage>();
		for (int n = 0; n < nameCount; n++) {
			features.add(snapshot.usage(List.of(name(n)), null));
		}
		time("adoption of all " + nameCount + " features, 90 days", () -> {
			var active = everyone.activeBetween(day(0), day(last));
			long sum = 0;
			for (var feature : features) {
				sum += RoaringBitmap.andCardinality(feature.usersBetween(day(0), day(last)), active);
			}
			return sum;
		});
		time("adoption of all " + nameCount + " features, 90 days, one adoption() call each", () -> {
			long sum = 0;
			for (var feature : features) {
				sum += feature.adoption(day(0), day(last)).adopters();
			}
			return sum;
		});
	}

	private final java.util.Map<String, Double> medians = new java.util.LinkedHashMap<>();

	/** Warms up, then reports the median and the 95th percentile of single calls. */
	private void time(String label, LongSupplier query) {
		long sink = 0;
		long warmUntil = System.nanoTime() + 3_000_000_000L;
		int warm = 0;
		while (System.nanoTime() < warmUntil || warm < 20) {
			sink += query.getAsLong();
			warm++;
		}
		int runs = Math.max(20, Math.min(500, warm));
		var times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			sink += query.getAsLong();
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(times);
		var median = times[runs / 2];
		medians.put(label, median);
		System.out.printf(Locale.ROOT, "  %-62s median %8.3f ms   p95 %8.3f ms   (%d runs) [%d]%n", label, median,
				times[(int) (runs * 0.95)], runs, sink % 10);
	}

	/** The same events one row per event, loaded with COPY, and the equivalent SQL. */
	private void sql(DriverManagerDataSource dataSource, AdoptionIndex index) throws Exception {
		System.out.println();
		System.out.println("PostgreSQL, one row per event, COUNT(DISTINCT ...):");
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			var statement = connection.createStatement();
			statement.execute("DROP TABLE IF EXISTS bench_raw_event");
			statement.execute("""
					CREATE TABLE bench_raw_event (event_name VARCHAR(200) NOT NULL, user_id INT NOT NULL,
					                              occurred_at TIMESTAMP NOT NULL)""");
			var started = System.nanoTime();
			copy(connection);
			var copied = seconds(started);
			System.out.printf(Locale.ROOT, "  COPY of %,d rows: %.1f s (%,.0f rows/s)%n", eventCount, copied,
					eventCount / copied);
			started = System.nanoTime();
			statement.execute("CREATE INDEX bench_raw_event_by_name ON bench_raw_event (event_name, occurred_at) INCLUDE (user_id)");
			statement.execute("CREATE INDEX bench_raw_event_by_time ON bench_raw_event (occurred_at) INCLUDE (user_id)");
			statement.execute("VACUUM ANALYZE bench_raw_event");
			System.out.printf(Locale.ROOT, "  indexes (name, time) INCLUDE (user_id) and (time) INCLUDE (user_id), VACUUM ANALYZE: %.1f s%n",
					seconds(started));
			var from30 = Timestamp.valueOf(LocalDateTime.of(FIRST_DAY.plusDays(dayCount - 30), java.time.LocalTime.MIDNIGHT));
			var from0 = Timestamp.valueOf(FIRST_DAY.atStartOfDay());
			var end = Timestamp.valueOf(FIRST_DAY.plusDays(dayCount).atStartOfDay());
			var adoption30 = sqlTime(connection, "adoption rate, 30 days", """
					SELECT COUNT(DISTINCT CASE WHEN event_name = ? THEN user_id END), COUNT(DISTINCT user_id)
					FROM bench_raw_event WHERE occurred_at >= ? AND occurred_at < ?""", name(0), from30, end);
			var users30 = sqlTime(connection, "feature users, 30 days", """
					SELECT COUNT(DISTINCT user_id) FROM bench_raw_event
					WHERE event_name = ? AND occurred_at >= ? AND occurred_at < ?""", name(0), from30, end);
			var dau = sqlTime(connection, "active users: DAU series, 30 days", """
					SELECT CAST(occurred_at AS DATE), COUNT(DISTINCT user_id) FROM bench_raw_event
					WHERE occurred_at >= ? AND occurred_at < ? GROUP BY CAST(occurred_at AS DATE)""", from30, end);
			var all = sqlTime(connection, "adoption of all " + nameCount + " features, 90 days", """
					SELECT e.event_name, COUNT(DISTINCT e.user_id), (SELECT COUNT(DISTINCT user_id) FROM bench_raw_event
					                                              WHERE occurred_at >= ? AND occurred_at < ?)
					FROM bench_raw_event e WHERE e.occurred_at >= ? AND e.occurred_at < ? GROUP BY e.event_name""", from0,
					end, from0, end);
			System.out.println();
			System.out.println("SQL ÷ bitmap (medians):");
			ratio("adoption rate, 30 days", adoption30, "adoption rate, 30 days");
			ratio("feature users, 30 days", users30, "feature users, 30 days");
			ratio("active users, 30 days", dau, "active users: DAU series + WAU + MAU, 30 days");
			ratio("adoption of all " + nameCount + " features, 90 days", all,
					"adoption of all " + nameCount + " features, 90 days");
			statement.execute("DROP TABLE bench_raw_event");
		}
	}

	private void ratio(String label, double sqlMillis, String bitmapLabel) {
		var bitmap = medians.get(bitmapLabel);
		System.out.printf(Locale.ROOT, "  %-50s %,10.0f ×  (%.0f ms vs %.3f ms)%n", label, sqlMillis / bitmap,
				sqlMillis, bitmap);
	}

	private double sqlTime(Connection connection, String label, String sql, Object... params) throws SQLException {
		var times = new double[sqlRuns];
		for (int run = 0; run < sqlRuns; run++) {
			try (var query = connection.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					query.setObject(i + 1, params[i]);
				}
				long started = System.nanoTime();
				try (var rs = query.executeQuery()) {
					while (rs.next()) {
						rs.getLong(rs.getMetaData().getColumnCount());
					}
				}
				times[run] = (System.nanoTime() - started) / 1e6;
			}
		}
		Arrays.sort(times);
		var median = times[sqlRuns / 2];
		System.out.printf(Locale.ROOT, "  %-62s median %10.1f ms (%d runs: %s)%n", label, median, sqlRuns,
				Arrays.toString(Arrays.stream(times).mapToLong(Math::round).toArray()));
		return median;
	}

	/** COPY through the PostgreSQL driver's CopyManager, in chunks of generated CSV. */
	private void copy(Connection connection) throws Exception {
		var baseConnection = Class.forName("org.postgresql.core.BaseConnection");
		var copyManagerType = Class.forName("org.postgresql.copy.CopyManager");
		var copyManager = copyManagerType.getConstructor(baseConnection).newInstance(connection.unwrap(baseConnection));
		var copyIn = copyManagerType.getMethod("copyIn", String.class, Reader.class);
		int chunk = 500_000;
		var names = new String[nameCount];
		for (int n = 0; n < nameCount; n++) {
			names[n] = name(n);
		}
		var dates = new String[dayCount];
		for (int d = 0; d < dayCount; d++) {
			dates[d] = FIRST_DAY.plusDays(d).toString();
		}
		for (int start = 0; start < eventCount; start += chunk) {
			var text = new StringBuilder(chunk * 40);
			for (int i = start; i < Math.min(eventCount, start + chunk); i++) {
				int s = eventSecond[i];
				text.append(names[eventName[i]]).append(',').append(eventUser[i]).append(',').append(dates[eventDay[i]])
					.append(' ');
				two(text, s / 3600).append(':');
				two(text, s / 60 % 60).append(':');
				two(text, s % 60).append('\n');
			}
			copyIn.invoke(copyManager, "COPY bench_raw_event (event_name, user_id, occurred_at) FROM STDIN WITH (FORMAT csv)",
					new StringReader(text.toString()));
		}
	}

	private static StringBuilder two(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
