package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.DeliveryHistory.DailyThroughput;
import dev.tandem.delivery.DeliveryReadModel.Finished;

/** Throughput lists every day of the range and counts by the day in the clock's zone. */
class ThroughputTests {

	private static Finished finishedAt(String instant) {
		return new Finished(UUID.randomUUID(), "x", null, Instant.parse(instant));
	}

	@Test
	void countsFinishedItemsPerDayWithZeroDaysIncluded() {
		var finished = List.of(finishedAt("2026-11-02T10:00:00Z"), finishedAt("2026-11-02T16:00:00Z"),
				finishedAt("2026-11-04T08:00:00Z"));

		var days = DeliveryHistory.perDay(finished, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 4),
				ZoneId.of("UTC"));

		assertThat(days).containsExactly(new DailyThroughput(LocalDate.of(2026, 11, 1), 0),
				new DailyThroughput(LocalDate.of(2026, 11, 2), 2), new DailyThroughput(LocalDate.of(2026, 11, 3), 0),
				new DailyThroughput(LocalDate.of(2026, 11, 4), 1));
	}

	@Test
	void countsAnItemOnTheDayOfTheClocksZone() {
		var lateEvening = List.of(finishedAt("2026-11-02T23:30:00Z"));

		var paris = DeliveryHistory.perDay(lateEvening, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
				ZoneId.of("Europe/Paris"));

		assertThat(paris).extracting(DailyThroughput::finished).containsExactly(0, 1);
	}

}
