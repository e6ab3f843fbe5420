package dev.tandem.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.review.MonthlyReview.CommitmentRiskLine;
import dev.tandem.review.MonthlyReview.CrossTeamLine;
import dev.tandem.review.MonthlyReview.DebtLine;
import dev.tandem.review.MonthlyReview.FeatureLine;
import dev.tandem.review.MonthlyReview.KeyResultLine;
import dev.tandem.review.MonthlyReview.OverrideLine;
import dev.tandem.review.MonthlyReview.TeamGapLine;
import dev.tandem.review.Signal.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signals on planted problems: each problem is found, the list is ranked by how
 * directly a problem questions what the organisation works on, and stays short.
 */
class ReviewSignalsTests {

	private static final YearMonth MONTH = YearMonth.of(2026, 11);

	@Test
	void findsEveryPlantedProblemAndRanksThem() {
		var unusedFeature = new FeatureLine(UUID.randomUUID(), "Bulk export", "Insights", LocalDate.of(2026, 8, 1), 4.0,
				30.0, "SHIPPED_NOT_ADOPTED");
		var adopted = new FeatureLine(UUID.randomUUID(), "Dark mode", "Apps", LocalDate.of(2026, 8, 1), 45.0, 30.0,
				"ADOPTED");
		var atRisk = new KeyResultLine(UUID.randomUUID(), UUID.randomUUID(), "Churn below 2 %", "Keep shops",
				"Checkout", 10, "AT_RISK");
		var unalignedTeam = mix("Search", 10, 2);
		var alignedTeam = mix("Checkout", 10, 9);
		var overBudget = new DebtLine(UUID.randomUUID(), "Platform", 45, 20, true);
		var withinBudget = new DebtLine(UUID.randomUUID(), "Checkout", 10, 20, false);
		var crossTeam = new CrossTeamLine(UUID.randomUUID(), "Scan to ship", "Apps", 3,
				List.of("Apps", "Labels", "Platform"));

		var signals = ReviewSignals.rank(okrs(60, List.of(atRisk), List.of()), investment(unalignedTeam, alignedTeam),
				shipped(unusedFeature, adopted), predictability(), quality(overBudget, withinBudget), discovery(),
				organisation(List.of(crossTeam), List.of()));

		assertThat(signals).extracting(Signal::kind)
			.containsExactly(Kind.SHIPPED_NOT_ADOPTED, Kind.KEY_RESULT_AT_RISK, Kind.UNALIGNED_WORK,
					Kind.OVER_DEBT_BUDGET, Kind.CROSS_TEAM_FEATURE);
		assertThat(signals.get(0).args()).containsExactly("Bulk export", "4", "30");
		assertThat(signals.get(0).link()).isEqualTo("/adoption/features/" + unusedFeature.id());
		assertThat(signals.get(2).args()).containsExactly("Search", "80", "10");
		assertThat(signals.get(3).args()).containsExactly("Platform", "45", "20");
		assertThat(signals.get(4).args()).containsExactly("Scan to ship", "3", "Apps, Labels, Platform");
	}

	@Test
	void aBiggerGapOfOneKindRanksFirst() {
		var slightly = new DebtLine(UUID.randomUUID(), "Slightly over", 25, 20, true);
		var far = new DebtLine(UUID.randomUUID(), "Far over", 60, 20, true);

		var signals = ReviewSignals.rank(okrs(50, List.of(), List.of()), investment(), shipped(), predictability(),
				quality(slightly, far), discovery(), organisation(List.of(), List.of()));

		assertThat(signals).extracting(s -> s.args().get(0)).containsExactly("Far over", "Slightly over");
	}

	@Test
	void ignoresWhatIsNotAProblem() {
		var fewItems = mix("Tiny", 3, 0);
		var likely = new CommitmentRiskLine(UUID.randomUUID(), "Checkout", 80, 5, null);

		var signals = ReviewSignals.rank(okrs(50, List.of(), List.of()), investment(fewItems), shipped(),
				new MonthlyReview.Predictability(List.of(likely), List.of()), quality(), discovery(),
				organisation(List.of(), List.of()));

		assertThat(signals).isEmpty();
	}

	@Test
	void keepsTheListShortAndVaried() {
		var debts = new ArrayList<DebtLine>();
		for (int i = 0; i < 6; i++) {
			debts.add(new DebtLine(UUID.randomUUID(), "Team " + i, 30 + i, 20, true));
		}
		var gaps = new ArrayList<TeamGapLine>();
		for (int i = 0; i < 6; i++) {
			gaps.add(new TeamGapLine(UUID.randomUUID(), "Gap " + i, List.of("missing-lead-developer", "skill:qa")));
		}
		var override = new OverrideLine(UUID.randomUUID(), "Multi-parcel pricing", "Sofia", "CPO", "a bug",
				Instant.now());
		var late = new CommitmentRiskLine(UUID.randomUUID(), "Apps", 20, 8, null);

		var signals = ReviewSignals.rank(okrs(50, List.of(), List.of()), investment(), shipped(),
				new MonthlyReview.Predictability(List.of(late), List.of()), quality(debts.toArray(DebtLine[]::new)),
				new MonthlyReview.Discovery(List.of(override), List.of(), List.of()), organisation(List.of(), gaps));

		assertThat(signals).hasSize(ReviewSignals.MAX_SIGNALS);
		assertThat(signals).filteredOn(s -> s.kind() == Kind.OVER_DEBT_BUDGET).hasSize(ReviewSignals.MAX_PER_KIND);
		assertThat(signals).extracting(Signal::kind)
			.startsWith(Kind.COMMITMENT_AT_RISK, Kind.OVER_DEBT_BUDGET)
			.contains(Kind.GUARDRAIL_OVERRIDDEN, Kind.TEAM_GAP);
		assertThat(signals).filteredOn(s -> s.kind() == Kind.TEAM_GAP)
			.first()
			.satisfies(s -> assertThat(s.args().get(1)).isEqualTo("lead developer, qa"));
	}

	private static MonthlyReview.Mix mix(String team, int items, int aligned) {
		var work = new ArrayList<InvestmentMix.Work>();
		for (int i = 0; i < items; i++) {
			work.add(new InvestmentMix.Work(null, "STORY", 1, i < aligned));
		}
		return InvestmentMix.of(MONTH, UUID.randomUUID(), team, work);
	}

	private static MonthlyReview.Okrs okrs(int elapsed, List<KeyResultLine> atRisk, List<KeyResultLine> missing) {
		return new MonthlyReview.Okrs(elapsed, List.of(), atRisk, missing);
	}

	private static MonthlyReview.Investment investment(MonthlyReview.Mix... teams) {
		return new MonthlyReview.Investment(InvestmentMix.of(MONTH, null, null, List.of()), List.of(teams), List.of());
	}

	private static MonthlyReview.Shipped shipped(FeatureLine... features) {
		return new MonthlyReview.Shipped(List.of(features));
	}

	private static MonthlyReview.Predictability predictability() {
		return new MonthlyReview.Predictability(List.of(), List.of());
	}

	private static MonthlyReview.Quality quality(DebtLine... debt) {
		return new MonthlyReview.Quality(List.of(), List.of(debt), List.of());
	}

	private static MonthlyReview.Discovery discovery() {
		return new MonthlyReview.Discovery(List.of(), List.of(), List.of());
	}

	private static MonthlyReview.Organisation organisation(List<CrossTeamLine> crossTeam, List<TeamGapLine> gaps) {
		return new MonthlyReview.Organisation(crossTeam, gaps, List.of());
	}

}
