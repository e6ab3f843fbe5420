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

	@Test
	void sumsDaysIntoWeeksStartingOnMondayCountingTheDaysOfACutWeek() {
		// 2026-11-01 is a Sunday: it belongs to the week of Monday 26 October
		var days = DeliveryHistory.perDay(
				List.of(finishedAt("2026-11-01T10:00:00Z"), finishedAt("2026-11-02T10:00:00Z"),
						finishedAt("2026-11-08T10:00:00Z"), finishedAt("2026-11-09T10:00:00Z")),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10), ZoneId.of("UTC"));

		assertThat(DeliveryHistory.perWeek(days)).containsExactly(
				new DeliveryHistory.WeeklyThroughput(LocalDate.of(2026, 10, 26), 1),
				new DeliveryHistory.WeeklyThroughput(LocalDate.of(2026, 11, 2), 2),
				new DeliveryHistory.WeeklyThroughput(LocalDate.of(2026, 11, 9), 1));
	}

}
