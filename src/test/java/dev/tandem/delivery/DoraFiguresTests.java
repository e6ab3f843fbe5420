package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.DeliveryQuality.Commit;
import dev.tandem.delivery.DeliveryQuality.RecordDeployment;
import dev.tandem.delivery.DeliveryQuality.RecordIncident;
import dev.tandem.delivery.DoraFigures.DeploymentFact;
import dev.tandem.delivery.DoraFigures.IncidentFact;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;

class DoraFiguresTests {

	private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

	private static final LocalDate TO = LocalDate.of(2026, 11, 10);

	private static Instant at(String time) {
		return Instant.parse(time);
	}

	@Test
	void anEmptyWindowHasNoDataRatherThanZeros() {
		var figures = DoraFigures.of("billing", FROM, TO, List.of(), List.of());

		assertThat(figures.deployments()).isZero();
		assertThat(figures.deploymentsPerDay()).isNull();
		assertThat(figures.frequencyBand()).isNull();
		assertThat(figures.leadTime()).isNull();
		assertThat(figures.changeFailureRate()).isNull();
		assertThat(figures.timeToRestore()).isNull();
		assertThat(figures.timeToRestoreBand()).isNull();
	}

	@Test
	void leadTimeIsTheMedianOverCommitsOfSuccessfulDeploymentsOnly() {
		// commits 2 h, 4 h and 10 h before a successful deployment, 1 h before another:
		// median of
		// {1, 2, 4, 10} = (2 + 4) / 2 = 3 h. The failed deployment's 100 h commit does
		// not count.
		var first = new DeploymentFact(at("2026-11-02T12:00:00Z"), DeploymentStatus.SUCCESS, false,
				List.of(at("2026-11-02T10:00:00Z"), at("2026-11-02T08:00:00Z"), at("2026-11-02T02:00:00Z")));
		var second = new DeploymentFact(at("2026-11-03T12:00:00Z"), DeploymentStatus.SUCCESS, false,
				List.of(at("2026-11-03T11:00:00Z")));
		var failed = new DeploymentFact(at("2026-11-04T12:00:00Z"), DeploymentStatus.FAILED, false,
				List.of(at("2026-10-31T08:00:00Z")));

		var figures = DoraFigures.of("billing", FROM, TO, List.of(first, second, failed), List.of());

		assertThat(figures.leadTime()).isEqualTo(Duration.ofHours(3));
		assertThat(figures.leadTimeHours()).isEqualTo(3.0);
		assertThat(figures.leadTimeBand()).isEqualTo(DoraBand.ELITE);
	}

	@Test
	void theMedianOfAnOddCountIsTheMiddleValue() {
		assertThat(DoraFigures.median(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(5))))
			.isEqualTo(Duration.ofHours(5));
		assertThat(DoraFigures.median(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20))))
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(DoraFigures.median(List.of())).isNull();
	}

	@Test
	void changeFailureRateCountsFailedRolledBackAndIncidentCausingDeployments() {
		var ok = new DeploymentFact(at("2026-11-02T12:00:00Z"), DeploymentStatus.SUCCESS, false, List.of());
		var causedIncident = new DeploymentFact(at("2026-11-02T13:00:00Z"), DeploymentStatus.SUCCESS, true, List.of());
		var rolledBack = new DeploymentFact(at("2026-11-02T14:00:00Z"), DeploymentStatus.ROLLED_BACK, false, List.of());
		var failed = new DeploymentFact(at("2026-11-02T15:00:00Z"), DeploymentStatus.FAILED, true, List.of());

		var figures = DoraFigures.of("billing", FROM, TO, List.of(ok, causedIncident, rolledBack, failed), List.of());

		// 3 of 4 failed: 75 %, low.
		assertThat(figures.changeFailureRate()).isEqualTo(0.75);
		assertThat(figures.changeFailurePercent()).isEqualTo(75);
		assertThat(figures.changeFailureBand()).isEqualTo(DoraBand.LOW);
		// 4 deployments over 10 days: 0.4 a day, 2.8 a week: high.
		assertThat(figures.deploymentsPerDay()).isEqualTo(0.4);
		assertThat(figures.deploymentsPerWeek()).isEqualTo(2.8, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(figures.frequencyBand()).isEqualTo(DoraBand.HIGH);
	}

	@Test
	void timeToRestoreIsTheMedianOfResolvedIncidentsOnly() {
		var incidents = List.of(new IncidentFact(at("2026-11-02T10:00:00Z"), at("2026-11-02T10:30:00Z")),
				new IncidentFact(at("2026-11-03T10:00:00Z"), at("2026-11-03T12:30:00Z")),
				new IncidentFact(at("2026-11-04T10:00:00Z"), null));

		var figures = DoraFigures.of("billing", FROM, TO, List.of(), incidents);

		// (30 min + 150 min) / 2 = 90 min: under a day, high.
		assertThat(figures.timeToRestore()).isEqualTo(Duration.ofMinutes(90));
		assertThat(figures.timeToRestoreBand()).isEqualTo(DoraBand.HIGH);
		assertThat(figures.deploymentsPerDay()).isNull();
	}

	@Test
	void bandsFollowTheDocumentedThresholds() {
		assertThat(DoraBand.ofFrequency(3)).isEqualTo(DoraBand.ELITE);
		assertThat(DoraBand.ofFrequency(1)).isEqualTo(DoraBand.ELITE);
		assertThat(DoraBand.ofFrequency(1.0 / 7)).isEqualTo(DoraBand.HIGH);
		assertThat(DoraBand.ofFrequency(1.0 / 8)).isEqualTo(DoraBand.MEDIUM);
		assertThat(DoraBand.ofFrequency(1.0 / 30)).isEqualTo(DoraBand.MEDIUM);
		assertThat(DoraBand.ofFrequency(1.0 / 31)).isEqualTo(DoraBand.LOW);

		assertThat(DoraBand.ofLeadTime(Duration.ofHours(23))).isEqualTo(DoraBand.ELITE);
		assertThat(DoraBand.ofLeadTime(Duration.ofDays(1))).isEqualTo(DoraBand.HIGH);
		assertThat(DoraBand.ofLeadTime(Duration.ofDays(7))).isEqualTo(DoraBand.MEDIUM);
		assertThat(DoraBand.ofLeadTime(Duration.ofDays(30))).isEqualTo(DoraBand.LOW);

		assertThat(DoraBand.ofChangeFailureRate(0.15)).isEqualTo(DoraBand.ELITE);
		assertThat(DoraBand.ofChangeFailureRate(0.16)).isEqualTo(DoraBand.HIGH);
		assertThat(DoraBand.ofChangeFailureRate(0.30)).isEqualTo(DoraBand.HIGH);
		assertThat(DoraBand.ofChangeFailureRate(0.45)).isEqualTo(DoraBand.MEDIUM);
		assertThat(DoraBand.ofChangeFailureRate(0.46)).isEqualTo(DoraBand.LOW);

		assertThat(DoraBand.ofTimeToRestore(Duration.ofMinutes(59))).isEqualTo(DoraBand.ELITE);
		assertThat(DoraBand.ofTimeToRestore(Duration.ofHours(1))).isEqualTo(DoraBand.HIGH);
		assertThat(DoraBand.ofTimeToRestore(Duration.ofDays(1))).isEqualTo(DoraBand.MEDIUM);
		assertThat(DoraBand.ofTimeToRestore(Duration.ofDays(7))).isEqualTo(DoraBand.LOW);
	}

	@Test
	void aCommitAfterTheDeploymentIsRefused() {
		var team = new TeamId(java.util.UUID.randomUUID());
		assertThatThrownBy(() -> new RecordDeployment("billing", team, "1.0", at("2026-11-02T12:00:00Z"),
				DeploymentStatus.SUCCESS, List.of(new Commit("abc", at("2026-11-02T13:00:00Z")))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactly("commits[0].committedAt"));
	}

	@Test
	void anIncidentResolvedBeforeItStartedIsRefused() {
		var team = new TeamId(java.util.UUID.randomUUID());
		assertThatThrownBy(
				() -> new RecordIncident("billing", team, at("2026-11-02T12:00:00Z"), at("2026-11-02T11:00:00Z"), null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactly("resolvedAt"));
	}

}
