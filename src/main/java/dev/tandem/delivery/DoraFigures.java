package dev.tandem.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The four DORA figures for one team or service over a window of days; a figure with
 * nothing to measure is {@code null} ("no data"), never zero.
 *
 * @param scope the team name or service the figures are about
 */
public record DoraFigures(String scope, LocalDate from, LocalDate to, int deployments, Double deploymentsPerDay,
		DoraBand frequencyBand, Duration leadTime, DoraBand leadTimeBand, Double changeFailureRate,
		DoraBand changeFailureBand, Duration timeToRestore, DoraBand timeToRestoreBand) {

	/** A deployment as the figures see it. */
	public record DeploymentFact(Instant deployedAt, DeploymentStatus status, boolean causedIncident,
			List<Instant> commitTimes) {

		public DeploymentFact {
			commitTimes = commitTimes == null ? List.of() : List.copyOf(commitTimes);
		}

	}

	/** An incident as the figures see it; {@code resolvedAt} is null while it is open. */
	public record IncidentFact(Instant startedAt, Instant resolvedAt) {
	}

	/**
	 * Deployments and incidents already cut to the window from {@code from} to
	 * {@code to}, both included.
	 */
	public static DoraFigures of(String scope, LocalDate from, LocalDate to, Collection<DeploymentFact> deployments,
			Collection<IncidentFact> incidents) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		int count = deployments.size();
		Double perDay = count == 0 ? null : count / (double) days;
		var leadTimes = new ArrayList<Duration>();
		int failures = 0;
		for (var deployment : deployments) {
			if (deployment.status().failed() || deployment.causedIncident()) {
				failures++;
			}
			if (deployment.status() == DeploymentStatus.SUCCESS) {
				deployment.commitTimes().forEach(c -> leadTimes.add(Duration.between(c, deployment.deployedAt())));
			}
		}
		Double failureRate = count == 0 ? null : failures / (double) count;
		var restores = incidents.stream()
			.filter(i -> i.resolvedAt() != null)
			.map(i -> Duration.between(i.startedAt(), i.resolvedAt()))
			.toList();
		var leadTime = median(leadTimes);
		var restore = median(restores);
		return new DoraFigures(scope, from, to, count, perDay, perDay == null ? null : DoraBand.ofFrequency(perDay),
				leadTime, leadTime == null ? null : DoraBand.ofLeadTime(leadTime), failureRate,
				failureRate == null ? null : DoraBand.ofChangeFailureRate(failureRate), restore,
				restore == null ? null : DoraBand.ofTimeToRestore(restore));
	}

	/**
	 * The middle duration, or the mean of the two middle ones for an even count; null
	 * when empty.
	 */
	static Duration median(Collection<Duration> values) {
		if (values.isEmpty()) {
			return null;
		}
		var sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle);
		}
		return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	/** Deployments a week, for people who think in weeks. */
	@JsonProperty
	public Double deploymentsPerWeek() {
		return deploymentsPerDay == null ? null : deploymentsPerDay * 7;
	}

	/** Change failure rate as a whole percent, for display. */
	@JsonProperty
	public Long changeFailurePercent() {
		return changeFailureRate == null ? null : Math.round(changeFailureRate * 100);
	}

	/** Lead time in hours, one decimal, for display. */
	@JsonProperty
	public Double leadTimeHours() {
		return hours(leadTime);
	}

	/** Time to restore in hours, one decimal, for display. */
	@JsonProperty
	public Double timeToRestoreHours() {
		return hours(timeToRestore);
	}

	private static Double hours(Duration d) {
		return d == null ? null : Math.round(d.toMinutes() / 6.0) / 10.0;
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
