package dev.tandem.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;

/**
 * What the workflow history says about a team's flow: items finished per day (throughput)
 * and how long each took from its first start to done (cycle time). Days are those of the
 * application's clock zone; an item counts on the day it last reached DONE, and only if
 * it is still done or released.
 */
@Service
public class DeliveryHistory {

	public static final int MAX_DAYS = 366;

	private final DeliveryReadModel reads;

	private final Teams teams;

	private final Clock clock;

	DeliveryHistory(DeliveryReadModel reads, Teams teams, Clock clock) {
		this.reads = reads;
		this.teams = teams;
		this.clock = clock;
	}

	/** Items a team finished on a day. */
	public record DailyThroughput(LocalDate day, int finished) {
	}

	/** An item's cycle time: first move to IN_PROGRESS until its last arrival in DONE. */
	public record CycleTime(WorkItemId id, String title, Instant started, Instant finished, double days) {
	}

	/**
	 * A cheap fingerprint of the work items: it changes whenever an item is created,
	 * changed, moved or deleted, so a reader that derives something costly from the
	 * history (a forecast) knows when to compute it again.
	 */
	public record Stamp(long items, long versions, Instant lastCreated) {
	}

	/** The current {@link Stamp}: one aggregate query. */
	@Transactional(readOnly = true)
	public Stamp stamp() {
		return reads.stamp();
	}

	/**
	 * Every day from {@code from} to {@code to} (both included), days with nothing
	 * finished as 0.
	 */
	@Transactional(readOnly = true)
	public List<DailyThroughput> finishedPerDay(TeamId team, LocalDate from, LocalDate to) {
		return perDay(finished(team, from, to), from, to, clock.getZone());
	}

	/** Counts finished items by day in {@code zone}, every day of the range listed. */
	static List<DailyThroughput> perDay(List<DeliveryReadModel.Finished> finished, LocalDate from, LocalDate to,
			ZoneId zone) {
		var perDay = new LinkedHashMap<LocalDate, Integer>();
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			perDay.put(day, 0);
		}
		finished.forEach(f -> perDay.computeIfPresent(LocalDate.ofInstant(f.finished(), zone), (day, n) -> n + 1));
		var result = new ArrayList<DailyThroughput>();
		perDay.forEach((day, count) -> result.add(new DailyThroughput(day, count)));
		return result;
	}

	/**
	 * Cycle times of the items finished from {@code from} to {@code to}; items never
	 * started are left out.
	 */
	@Transactional(readOnly = true)
	public List<CycleTime> cycleTimes(TeamId team, LocalDate from, LocalDate to) {
		return finished(team, from, to).stream()
			.filter(f -> f.started() != null && !f.started().isAfter(f.finished()))
			.map(f -> new CycleTime(new WorkItemId(f.id()), f.title(), f.started(), f.finished(),
					Math.round(Duration.between(f.started(), f.finished()).toMinutes() / 14.4) / 100.0))
			.toList();
	}

	private List<DeliveryReadModel.Finished> finished(TeamId team, LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "is required");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("to", "at most {0} days", MAX_DAYS);
		}
		teams.get(team);
		var zone = clock.getZone();
		return reads.finished(team.value(), from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
	}

}
