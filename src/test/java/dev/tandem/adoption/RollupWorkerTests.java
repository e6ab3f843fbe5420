package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * The rollup worker on events ingested in-process: identity (a user who signs up is one
 * person before and after, even when both ids were already known), deduplication, and a
 * rebuild from the raw store giving the same rollups.
 */
abstract class RollupWorkerTests {

	static final Instant DAY1 = Instant.parse("2026-04-01T09:00:00Z");

	static final Instant DAY2 = Instant.parse("2026-04-02T09:00:00Z");

	@Autowired
	UsageIngestion ingestion;

	@Autowired
	EventSources sources;

	@Autowired
	RollupWorker worker;

	@Autowired
	UsageRollups rollups;

	@Autowired
	JdbcClient jdbc;

	EventSourceId source;

	String anon;

	String user;

	@BeforeEach
	void createSource() {
		source = sources.create("Rollups " + Unique.suffix()).source().id();
		anon = "anon-" + UUID.randomUUID();
		user = "user-" + UUID.randomUUID();
	}

	Map<String, RoaringBitmap> usersByRow() {
		worker.runToCompletion();
		var rows = new TreeMap<String, RoaringBitmap>();
		rollups.changedSince(0)
			.stream()
			.filter(r -> r.source().equals(source))
			.forEach(r -> rows.put(r.eventName() + "@" + r.day(), r.users()));
		return rows;
	}

	int cardinality(String event, String day) {
		var users = usersByRow().get(event + "@" + LocalDate.parse(day));
		return users == null ? 0 : users.getCardinality();
	}

	@Test
	void anAnonymousVisitorWhoSignsUpIsOnePersonBeforeAndAfter() {
		ingestion.accept(source, List.of(UsageEvent.anonymousTrack(anon, "Viewed Pricing", DAY1, null)));
		worker.runToCompletion();
		ingestion.accept(source,
				List.of(UsageEvent.identify(user, anon, DAY1.plusSeconds(60), null),
						UsageEvent.track(user, "Signed Up", DAY1.plusSeconds(120), null),
						UsageEvent.track(user, "Viewed Pricing", DAY2, null)));

		var rows = usersByRow();
		assertThat(rows.get("$active@2026-04-01").getCardinality()).isEqualTo(1);
		assertThat(rows.get("$active@2026-04-01")).isEqualTo(rows.get("Signed Up@2026-04-01"));
		assertThat(rows.get("Viewed Pricing@2026-04-01")).isEqualTo(rows.get("Viewed Pricing@2026-04-02"));
	}

	@Test
	void mergesTwoKnownPeopleAndRewritesTheirRollups() {
		// the user was known on another device, the anonymous visitor separately
		ingestion.accept(source, List.of(UsageEvent.track(user, "Exported", DAY1, null),
				UsageEvent.anonymousTrack(anon, "Viewed Pricing", DAY1, null)));
		assertThat(cardinality(UsageRollups.ACTIVE, "2026-04-01")).isEqualTo(2);
		var before = rollups.watermark();

		ingestion.accept(source, List.of(UsageEvent.alias(user, anon, DAY2, null)));

		var rows = usersByRow();
		assertThat(rows.get("$active@2026-04-01").getCardinality()).as("one person after the merge").isEqualTo(1);
		assertThat(rows.get("Exported@2026-04-01")).isEqualTo(rows.get("Viewed Pricing@2026-04-01"));
		assertThat(rollups.changedSince(before)).as("rewritten rows get a new changed_at")
			.anyMatch(r -> r.source().equals(source) && r.eventName().equals(UsageRollups.ACTIVE));
		ingestion.accept(source, List.of(UsageEvent.anonymousTrack(anon, "Came Back", DAY2, null)));
		assertThat(usersByRow().get("Came Back@2026-04-02")).isEqualTo(rows.get("Exported@2026-04-01"));
	}

	@Test
	void countsEachMessageIdOnceAcrossRequests() {
		var event = UsageEvent.track(user, "Clicked", DAY1, "msg-" + UUID.randomUUID());
		ingestion.accept(source, List.of(event, event));
		ingestion.accept(source, List.of(event));
		worker.runToCompletion();
		ingestion.accept(source, List.of(event));

		usersByRow();
		var row = rollups.changedSince(0)
			.stream()
			.filter(r -> r.source().equals(source) && r.eventName().equals("Clicked"))
			.findFirst()
			.orElseThrow();
		assertThat(row.events()).isEqualTo(1);
		assertThat(sources.get(source).duplicates()).isEqualTo(3);
	}

	@Test
	void rebuildingFromTheRawStoreGivesTheSameRollups() {
		var random = new SplittableRandom(42);
		var events = new ArrayList<UsageEvent>();
		for (var i = 0; i < 3000; i++) {
			var at = DAY1.plusSeconds(random.nextInt(5 * 86400));
			var person = "p" + random.nextInt(200);
			var message = random.nextInt(10) == 0 ? "dup-" + random.nextInt(50) : "m-" + i;
			switch (random.nextInt(10)) {
				case 0 -> events.add(UsageEvent.identify("u-" + person, "a-" + person, at, message));
				case 1 -> events.add(UsageEvent.alias("u-" + person, "a-" + random.nextInt(200), at, message));
				case 2, 3 ->
					events.add(UsageEvent.anonymousTrack("a-" + person, "Event " + random.nextInt(5), at, message));
				default -> events.add(UsageEvent.track("u-" + person, "Event " + random.nextInt(5), at, message));
			}
		}
		for (var from = 0; from < events.size(); from += 500) {
			ingestion.accept(source, events.subList(from, from + 500));
			if (from % 1000 == 0) {
				worker.runToCompletion();
			}
		}
		var live = snapshot();
		var watermark = rollups.watermark();

		var status = worker.rebuild();

		assertThat(status.watermark()).isGreaterThan(watermark);
		assertThat(snapshot()).isEqualTo(live);
		assertThat(rollups.changedSince(watermark)).as("every row is reloaded by caches")
			.filteredOn(r -> r.source().equals(source))
			.hasSize(live.size() - 1);
	}

	/** Every row of this test's source: users and event counts (changed_at left out). */
	Map<String, String> snapshot() {
		worker.runToCompletion();
		var rows = new TreeMap<String, String>();
		rollups.changedSince(0)
			.stream()
			.filter(r -> r.source().equals(source))
			.forEach(r -> rows.put(r.eventName() + "@" + r.day(), r.users() + " × " + r.events()));
		var stats = sources.get(source);
		rows.put("stats", stats.events() + "/" + stats.duplicates());
		return rows;
	}

	@SpringBootTest
	@OnH2
	static class OnH2Tests extends RollupWorkerTests {

	}

	@SpringBootTest
	@OnPostgres
	static class OnPostgresTests extends RollupWorkerTests {

	}

}
