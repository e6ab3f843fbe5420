package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.posthog.java.PostHog;
import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.TrackMessage;

import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Real analytics libraries from Maven Central, unmodified, pointed at Tandem: Segment's
 * analytics-java 3.5.4 and PostHog's Java client. What they send is rolled up, and an
 * anonymous visitor who identifies is one person.
 */
abstract class AnalyticsClientsTests {

	@LocalServerPort
	int port;

	@Autowired
	EventSources sources;

	@Autowired
	RollupWorker worker;

	@Autowired
	UsageRollups rollups;

	List<DayRollup> rowsOf(EventSourceId source) {
		worker.runToCompletion();
		return rollups.changedSince(0).stream().filter(r -> r.source().equals(source)).toList();
	}

	@Test
	void segmentsJavaLibraryDeliversTrackPageIdentifyAndAlias() throws Exception {
		var created = sources.create("Segment client " + Unique.suffix());
		var delivered = Collections.synchronizedList(new ArrayList<Message>());
		var failures = Collections.synchronizedList(new ArrayList<Throwable>());
		var done = new CountDownLatch(5);
		var analytics = Analytics.builder(created.writeKey())
			.endpoint("http://localhost:" + port)
			.callback(new Callback() {
				@Override
				public void success(Message message) {
					delivered.add(message);
					done.countDown();
				}

				@Override
				public void failure(Message message, Throwable throwable) {
					failures.add(throwable);
					done.countDown();
				}
			})
			.build();
		try {
			analytics.enqueue(PageMessage.builder("Pricing").anonymousId("anon-1"));
			analytics.enqueue(TrackMessage.builder("Report Exported").anonymousId("anon-1"));
			analytics.enqueue(
					IdentifyMessage.builder().userId("user-1").anonymousId("anon-1").traits(Map.of("plan", "pro")));
			analytics
				.enqueue(TrackMessage.builder("Report Exported").userId("user-1").properties(Map.of("format", "csv")));
			analytics.enqueue(AliasMessage.builder("anon-2").userId("user-1"));
			analytics.flush();
			assertThat(done.await(30, TimeUnit.SECONDS)).as("callbacks").isTrue();
		}
		finally {
			analytics.shutdown();
		}

		assertThat(failures).isEmpty();
		assertThat(delivered).hasSize(5);
		var today = LocalDate.now(ZoneOffset.UTC);
		var rows = rowsOf(created.source().id());
		assertThat(rows).filteredOn(r -> r.eventName().equals("Report Exported")).singleElement().satisfies(r -> {
			assertThat(r.events()).isEqualTo(2);
			assertThat(r.users().getCardinality()).as("anonymous, then identified: one person").isEqualTo(1);
		});
		assertThat(rows).filteredOn(r -> r.eventName().equals(UsageRollups.ACTIVE))
			.singleElement()
			.satisfies(r -> assertThat(r.users().getCardinality()).isEqualTo(1));
		assertThat(rows).allMatch(r -> r.day().equals(today) || r.day().equals(today.minusDays(1)));
		assertThat(sources.get(created.source().id()).rejected()).isZero();
	}

	@Test
	void postHogsJavaLibraryDeliversCaptureIdentifyAndAlias() {
		var created = sources.create("PostHog client " + Unique.suffix());
		var posthog = new PostHog.Builder(created.writeKey()).host("http://localhost:" + port).build();
		posthog.capture("anon-9", "$pageview", Map.of("$current_url", "https://example.com/pricing"));
		posthog.identify("user-9", Map.of("plan", "pro"));
		posthog.alias("user-9", "anon-9");
		posthog.capture("user-9", "report exported", Map.of("format", "csv"));
		posthog.shutdown();

		var rows = rowsOf(created.source().id());
		assertThat(rows).filteredOn(r -> r.eventName().equals("report exported"))
			.singleElement()
			.satisfies(r -> assertThat(r.events()).isEqualTo(1));
		assertThat(rows).filteredOn(r -> r.eventName().equals(UsageRollups.ACTIVE))
			.singleElement()
			.satisfies(r -> assertThat(r.users().getCardinality()).as("anon-9 aliased to user-9").isEqualTo(1));
		assertThat(sources.get(created.source().id()).rejected()).isZero();
		assertThat(sources.get(created.source().id()).events()).isEqualTo(4);
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	static class OnH2Tests extends AnalyticsClientsTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends AnalyticsClientsTests {

	}

}
