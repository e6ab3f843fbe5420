package dev.tandem.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * One month's review, as computed or as it was when the month was closed. Everything in
 * it is plain data (names, figures, ids for links) so that a closed month reads the same
 * forever, whatever happens to the things it mentions.
 *
 * @param asOf the day the figures describe: the month's last day, or today for the
 * current month
 * @param closedAt null while the month is open
 */
public record MonthlyReview(YearMonth month, String quarter, LocalDate asOf, Instant computedAt, Instant closedAt,
		String closedBy, Okrs okrs, Investment investment, Shipped shipped, Predictability predictability,
		Quality quality, Discovery discovery, Organisation organisation, List<Signal> signals) {

	/**
	 * The kinds of finished work the investment mix tells apart, in the order pages list
	 * them.
	 */
	public static final List<String> KINDS = List.of("FEATURE", "STORY", "BUG", "DEBT", "CHORE", "EXPERIMENT");

	public boolean closed() {
		return closedAt != null;
	}

	/** 1. Objectives and key results of the month's quarter. */
	public record Okrs(int quarterElapsedPercent, List<ObjectiveLine> objectives, List<KeyResultLine> atRisk,
			List<KeyResultLine> missingCheckIns) {
	}

	/** An objective's progress and the weakest confidence among its key results. */
	public record ObjectiveLine(UUID id, String title, String team, int progressPercent, String confidence,
			int keyResults) {
	}

	public record KeyResultLine(UUID id, UUID objectiveId, String statement, String objective, String team,
			int progressPercent, String confidence) {
	}

	/**
	 * 2. What finished work went to: by kind and by alignment, per team and overall, with
	 * the months before as a trend.
	 */
	public record Investment(Mix overall, List<Mix> teams, List<Mix> trend) {
	}

	/**
	 * Finished work of one team (or of everyone when {@code teamId} is null) in one
	 * month. {@code kinds} lists every kind in a fixed order, experiments last.
	 */
	public record Mix(YearMonth month, UUID teamId, String team, int items, int points, int alignedItems,
			int alignedPoints, List<KindShare> kinds) {

		public Integer alignedPercent() {
			return items == 0 ? null : (int) Math.round(100.0 * alignedItems / items);
		}

		public Integer unalignedPercent() {
			return items == 0 ? null : 100 - alignedPercent();
		}

	}

	public record KindShare(String kind, int items, int points, Integer itemPercent, Integer pointPercent) {
	}

	/** 3. Features released in the last quarter and whether they are used. */
	public record Shipped(List<FeatureLine> features) {
	}

	public record FeatureLine(UUID id, String name, String team, LocalDate releasedOn, Double adoptionPercent,
			Double targetPercent, String state) {
	}

	/** 4. Commitment risk per team and how the Now items' forecasts moved. */
	public record Predictability(List<CommitmentRiskLine> commitments, List<ForecastLine> nowItems) {
	}

	public record CommitmentRiskLine(UUID teamId, String team, Integer probabilityPercent, int items, String note) {
	}

	/**
	 * A Now item's 85 % date now and at the previous month's review; null when unknown.
	 */
	public record ForecastLine(UUID roadmapItemId, String title, LocalDate likely85, LocalDate previous85,
			Long driftDays) {
	}

	/**
	 * 5. DORA per team with last month's figures, debt against budget, estimates without
	 * QA.
	 */
	public record Quality(List<DoraLine> dora, List<DebtLine> debt, List<QaLine> estimatesWithoutQa) {
	}

	public record DoraLine(String scope, int deployments, Double deploymentsPerDay, String frequencyBand,
			Double leadTimeHours, String leadTimeBand, Double changeFailurePercent, String changeFailureBand,
			Double timeToRestoreHours, String timeToRestoreBand, Integer previousDeployments,
			Double previousLeadTimeHours, Double previousChangeFailurePercent, Double previousTimeToRestoreHours) {
	}

	public record DebtLine(UUID teamId, String team, Integer debtPercent, int budgetPercent, boolean overBudget) {
	}

	public record QaLine(UUID teamId, String team, int estimated, int withoutQa, Integer percent) {
	}

	/** 6. Overrides of the evidence guardrail, fresh evidence, concluded experiments. */
	public record Discovery(List<OverrideLine> overrides, List<OpportunityLine> newEvidence,
			List<ExperimentLine> concluded) {
	}

	public record OverrideLine(UUID roadmapItemId, String roadmapItem, String person, String hat, String reason,
			Instant at) {
	}

	public record OpportunityLine(UUID id, String title, int insights, int sources, LocalDate newest) {
	}

	public record ExperimentLine(UUID id, String hypothesis, String idea, String result) {
	}

	/**
	 * 7. Features needing several teams, teams missing a skill or half of a duo, hat
	 * changes.
	 */
	public record Organisation(List<CrossTeamLine> crossTeamFeatures, List<TeamGapLine> teamGaps,
			List<HatChangeLine> hatChanges) {
	}

	public record CrossTeamLine(UUID id, String title, String owner, int teams, List<String> teamNames) {
	}

	public record TeamGapLine(UUID teamId, String team, List<String> gaps) {
	}

	public record HatChangeLine(LocalDate date, String person, String change, List<String> hats) {
	}

}
