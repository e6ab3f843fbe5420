package dev.tandem.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.tandem.review.MonthlyReview.Investment;
import dev.tandem.review.Signal.Kind;

/**
 * Ranks what needs a decision this month. Each kind has a base weight saying how directly
 * it questions whether the organisation works on the right things (an unused feature or a
 * key result slipping beats a missing check-in), raised by how far off the figure is, so
 * that two signals of one kind are ordered by size. Only the heaviest are kept: a short
 * list gets read.
 */
final class ReviewSignals {

	static final int MAX_SIGNALS = 8;

	static final int MAX_PER_KIND = 3;

	/**
	 * A team's finished work is "mostly unaligned" from this share, with enough items to
	 * tell.
	 */
	static final int UNALIGNED_PERCENT = 50;

	static final int UNALIGNED_MIN_ITEMS = 4;

	/** Commitments are at risk below this probability of finishing by quarter end. */
	static final int COMMITMENT_RISK_PERCENT = 50;

	/**
	 * Estimates without QA become a signal from this share, with enough estimates to
	 * tell.
	 */
	static final int WITHOUT_QA_PERCENT = 50;

	static final int WITHOUT_QA_MIN_ESTIMATES = 5;

	private ReviewSignals() {
	}

	static List<Signal> rank(MonthlyReview.Okrs okrs, Investment investment, MonthlyReview.Shipped shipped,
			MonthlyReview.Predictability predictability, MonthlyReview.Quality quality,
			MonthlyReview.Discovery discovery, MonthlyReview.Organisation organisation) {
		var signals = new ArrayList<Signal>();
		for (var feature : shipped.features()) {
			if ("SHIPPED_NOT_ADOPTED".equals(feature.state())) {
				double gap = feature.targetPercent() == null ? 0
						: feature.targetPercent() - (feature.adoptionPercent() == null ? 0 : feature.adoptionPercent());
				signals.add(new Signal(Kind.SHIPPED_NOT_ADOPTED, 90 + clamp((int) Math.round(gap), 0, 9),
						List.of(feature.name(), number(feature.adoptionPercent()), number(feature.targetPercent())),
						"/adoption/features/" + feature.id()));
			}
		}
		for (var keyResult : okrs.atRisk()) {
			int behind = okrs.quarterElapsedPercent() - keyResult.progressPercent();
			signals.add(new Signal(Kind.KEY_RESULT_AT_RISK, 80 + clamp(behind / 10, 0, 9),
					List.of(keyResult.statement(), keyResult.objective(), String.valueOf(keyResult.progressPercent()),
							String.valueOf(okrs.quarterElapsedPercent()),
							Signal.messageArg("review.confidenceWord." + keyResult.confidence())),
					"/okrs/key-results/" + keyResult.id()));
		}
		for (var commitment : predictability.commitments()) {
			var p = commitment.probabilityPercent();
			if (p != null && p < COMMITMENT_RISK_PERCENT) {
				signals.add(new Signal(Kind.COMMITMENT_AT_RISK, 70 + clamp((COMMITMENT_RISK_PERCENT - p) / 5, 0, 9),
						List.of(commitment.team(), String.valueOf(p), String.valueOf(commitment.items())),
						"/okrs/teams/" + commitment.teamId()));
			}
		}
		for (var team : investment.teams()) {
			var unaligned = team.unalignedPercent();
			if (unaligned != null && team.items() >= UNALIGNED_MIN_ITEMS && unaligned >= UNALIGNED_PERCENT) {
				signals.add(new Signal(Kind.UNALIGNED_WORK, 65 + clamp((unaligned - UNALIGNED_PERCENT) / 5, 0, 9),
						List.of(team.team(), String.valueOf(unaligned), String.valueOf(team.items())),
						"/delivery/items?team=" + team.teamId()));
			}
		}
		for (var debt : quality.debt()) {
			if (debt.overBudget()) {
				int over = debt.debtPercent() == null ? 0 : debt.debtPercent() - debt.budgetPercent();
				signals.add(new Signal(Kind.OVER_DEBT_BUDGET, 60 + clamp(over / 5, 0, 9),
						List.of(debt.team(), number(debt.debtPercent()), String.valueOf(debt.budgetPercent())),
						"/delivery/teams/" + debt.teamId() + "/debt"));
			}
		}
		for (var feature : organisation.crossTeamFeatures()) {
			signals.add(new Signal(Kind.CROSS_TEAM_FEATURE, 50 + clamp(feature.teams() * 2, 0, 9),
					List.of(feature.title(), String.valueOf(feature.teams()), String.join(", ", feature.teamNames())),
					"/delivery/items/" + feature.id()));
		}
		for (var override : discovery.overrides()) {
			signals.add(new Signal(Kind.GUARDRAIL_OVERRIDDEN, 45,
					List.of(override.roadmapItem(), override.person(), override.reason()),
					"/roadmap/items/" + override.roadmapItemId()));
		}
		for (var qa : quality.estimatesWithoutQa()) {
			if (qa.percent() != null && qa.estimated() >= WITHOUT_QA_MIN_ESTIMATES
					&& qa.percent() >= WITHOUT_QA_PERCENT) {
				signals.add(new Signal(Kind.ESTIMATES_WITHOUT_QA, 35 + clamp((qa.percent() - 50) / 10, 0, 5),
						List.of(qa.team(), String.valueOf(qa.percent()), String.valueOf(qa.estimated())),
						"/delivery/teams/" + qa.teamId()));
			}
		}
		for (var gap : organisation.teamGaps()) {
			signals.add(new Signal(Kind.TEAM_GAP, 30 + clamp(gap.gaps().size(), 0, 5),
					List.of(gap.team(), String.join(", ", gap.gaps().stream().map(ReviewSignals::gapName).toList())),
					"/org/teams/" + gap.teamId()));
		}
		if (!okrs.missingCheckIns().isEmpty()) {
			signals.add(new Signal(Kind.MISSING_CHECK_INS, 25 + clamp(okrs.missingCheckIns().size(), 0, 9),
					List.of(String.valueOf(okrs.missingCheckIns().size())), "/okrs"));
		}
		signals.sort(Comparator.comparingInt(Signal::weight).reversed());
		// At most a few of one kind, so that one widespread problem does not hide the
		// others.
		var perKind = new java.util.EnumMap<Kind, Integer>(Kind.class);
		var kept = new ArrayList<Signal>();
		for (var signal : signals) {
			if (kept.size() < MAX_SIGNALS && perKind.merge(signal.kind(), 1, Integer::sum) <= MAX_PER_KIND) {
				kept.add(signal);
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * A team gap in words: {@code skill:qa} → "qa", {@code missing-lead-developer} →
	 * "lead developer".
	 */
	static String gapName(String gap) {
		return gap.startsWith("skill:") ? gap.substring("skill:".length())
				: gap.replaceFirst("^missing-", "").replace('-', ' ');
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	private static String number(Number value) {
		return value == null ? "–" : String.valueOf(Math.round(value.doubleValue()));
	}

}
