package dev.tandem.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.adoption.AdoptionQueries;
import dev.tandem.adoption.AdoptionStatus;
import dev.tandem.delivery.CrossTeamFeatures;
import dev.tandem.delivery.DeliveryQuality;
import dev.tandem.delivery.DoraFigures;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.FinishedWork;
import dev.tandem.delivery.TechnicalDebt;
import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.forecast.Forecasting;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.Opportunities;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.KeyResultView;
import dev.tandem.okr.ObjectiveNode;
import dev.tandem.okr.ObjectiveState;
import dev.tandem.okr.ObjectiveView;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.OkrTree;
import dev.tandem.org.OrgChangeFilter;
import dev.tandem.org.OrgChangeKind;
import dev.tandem.org.OrgOverview;
import dev.tandem.org.OrgWarning;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.review.MonthlyReview.CommitmentRiskLine;
import dev.tandem.review.MonthlyReview.CrossTeamLine;
import dev.tandem.review.MonthlyReview.DebtLine;
import dev.tandem.review.MonthlyReview.DoraLine;
import dev.tandem.review.MonthlyReview.ExperimentLine;
import dev.tandem.review.MonthlyReview.FeatureLine;
import dev.tandem.review.MonthlyReview.ForecastLine;
import dev.tandem.review.MonthlyReview.HatChangeLine;
import dev.tandem.review.MonthlyReview.KeyResultLine;
import dev.tandem.review.MonthlyReview.ObjectiveLine;
import dev.tandem.review.MonthlyReview.OpportunityLine;
import dev.tandem.review.MonthlyReview.OverrideLine;
import dev.tandem.review.MonthlyReview.QaLine;
import dev.tandem.review.MonthlyReview.TeamGapLine;
import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

/**
 * Computes a month's review from the other modules' APIs. Every section describes the
 * month: work finished in it, experiments concluded in it, DORA figures over it compared
 * with the month before. OKR figures are those of the month's quarter as they stand when
 * computed — closing the month keeps them as they were.
 */
@Service
class ReviewComputation {

	/** Months of investment trend shown before the reviewed one. */
	static final int TREND_MONTHS = 5;

	private final Clock clock;

	private final OkrSettings okrSettings;

	private final OkrTree okrTree;

	private final Teams teams;

	private final OrgOverview org;

	private final FinishedWork finishedWork;

	private final RoadmapQueries roadmap;

	private final Experiments experiments;

	private final Opportunities opportunities;

	private final EvidenceGuardrail guardrail;

	private final DeliveryQuality deliveryQuality;

	private final TechnicalDebt debt;

	private final Estimation estimation;

	private final CrossTeamFeatures crossTeam;

	private final Forecasting forecasting;

	private final AdoptionQueries adoption;

	ReviewComputation(Clock clock, OkrSettings okrSettings, OkrTree okrTree, Teams teams, OrgOverview org,
			FinishedWork finishedWork, RoadmapQueries roadmap, Experiments experiments, Opportunities opportunities,
			EvidenceGuardrail guardrail, DeliveryQuality deliveryQuality, TechnicalDebt debt, Estimation estimation,
			CrossTeamFeatures crossTeam, Forecasting forecasting, AdoptionQueries adoption) {
		this.adoption = adoption;
		this.forecasting = forecasting;
		this.clock = clock;
		this.okrSettings = okrSettings;
		this.okrTree = okrTree;
		this.teams = teams;
		this.org = org;
		this.finishedWork = finishedWork;
		this.roadmap = roadmap;
		this.experiments = experiments;
		this.opportunities = opportunities;
		this.guardrail = guardrail;
		this.deliveryQuality = deliveryQuality;
		this.debt = debt;
		this.estimation = estimation;
		this.crossTeam = crossTeam;
	}

	/**
	 * The month's review as it stands now. Months after the current one are refused.
	 * {@code previous} is the month before's review when it was closed: forecasts drift
	 * against it.
	 */
	@Transactional(readOnly = true)
	MonthlyReview compute(YearMonth month, Optional<MonthlyReview> previous) {
		var today = LocalDate.now(clock);
		if (month.isAfter(YearMonth.from(today))) {
			throw new InvalidInputException("month", "must not be after the current month");
		}
		var asOf = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
		var quarter = okrSettings.calendar().quarterOf(month.atDay(1));
		var allTeams = teams.all();
		var okrs = okrs(month, quarter, asOf);
		var investment = investment(month, allTeams);
		var shipped = shipped(asOf, allTeams);
		var predictability = !month.isBefore(YearMonth.from(today).minusMonths(1))
				? predictability(quarter, allTeams, previous) : new MonthlyReview.Predictability(List.of(), List.of());
		var quality = quality(month, asOf, allTeams);
		var discovery = discovery(month);
		var organisation = organisation(month, allTeams);
		var signals = ReviewSignals.rank(okrs, investment, shipped, predictability, quality, discovery, organisation);
		return new MonthlyReview(month, quarter.label(), asOf, clock.instant(), null, null, okrs, investment, shipped,
				predictability, quality, discovery, organisation, signals);
	}

	private MonthlyReview.Okrs okrs(YearMonth month, Quarter quarter, LocalDate asOf) {
		var calendar = okrSettings.calendar();
		var first = calendar.firstDayOf(quarter);
		var last = calendar.lastDayOf(quarter);
		int elapsed = (int) Math
			.round(100.0 * (ChronoUnit.DAYS.between(first, asOf) + 1) / (ChronoUnit.DAYS.between(first, last) + 1));
		elapsed = Math.max(0, Math.min(100, elapsed));
		var objectives = new ArrayList<ObjectiveLine>();
		var atRisk = new ArrayList<KeyResultLine>();
		var missing = new ArrayList<KeyResultLine>();
		for (var objective : flatten(okrTree.of(quarter, null, null))) {
			if (objective.state() == ObjectiveState.DRAFT) {
				continue;
			}
			var weakest = objective.keyResults()
				.stream()
				.map(k -> confidenceAt(k, month))
				.filter(c -> c != null)
				.max(Comparator.naturalOrder())
				.orElse(null);
			objectives.add(new ObjectiveLine(objective.id().value(), objective.title(), objective.teamName(),
					objective.progressPercent(), weakest == null ? null : weakest.name(),
					objective.keyResults().size()));
			for (var keyResult : objective.keyResults()) {
				var confidence = confidenceAt(keyResult, month);
				var line = new KeyResultLine(keyResult.id().value(), objective.id().value(), keyResult.statement(),
						objective.title(), objective.teamName(), keyResult.progressPercent(),
						confidence == null ? null : confidence.name());
				if (keyResult.progressPercent() < elapsed
						&& (confidence == ConfidenceLevel.AT_RISK || confidence == ConfidenceLevel.OFF_TRACK)) {
					atRisk.add(line);
				}
				if (objective.state() == ObjectiveState.ACTIVE
						&& keyResult.checkIns().stream().noneMatch(c -> c.month().equals(month))) {
					missing.add(line);
				}
			}
		}
		atRisk.sort(Comparator.comparingInt(KeyResultLine::progressPercent));
		return new MonthlyReview.Okrs(elapsed, objectives, atRisk, missing);
	}

	/** The confidence of the latest check-in up to the month, null before any. */
	private static ConfidenceLevel confidenceAt(KeyResultView keyResult, YearMonth month) {
		return keyResult.checkIns()
			.stream()
			.filter(c -> !c.month().isAfter(month))
			.max(Comparator.comparing(c -> c.month()))
			.map(c -> c.confidence())
			.orElse(null);
	}

	private static List<ObjectiveView> flatten(List<ObjectiveNode> nodes) {
		return nodes.stream()
			.flatMap(n -> Stream.concat(Stream.of(n.objective()), flatten(n.children()).stream()))
			.toList();
	}

	private MonthlyReview.Investment investment(YearMonth month, List<TeamView> allTeams) {
		var names = new LinkedHashMap<UUID, String>();
		allTeams.forEach(t -> names.put(t.id().value(), t.name()));
		var alignment = new HashMap<RoadmapItemId, Set<Quarter>>();
		var trend = new ArrayList<MonthlyReview.Mix>();
		MonthlyReview.Mix overall = null;
		List<MonthlyReview.Mix> perTeam = List.of();
		for (int back = TREND_MONTHS; back >= 0; back--) {
			var m = month.minusMonths(back);
			var work = work(m, alignment);
			var mix = InvestmentMix.of(m, null, null, work);
			trend.add(mix);
			if (back == 0) {
				overall = mix;
				var teamMixes = new ArrayList<MonthlyReview.Mix>();
				names.forEach((id, name) -> {
					var ofTeam = work.stream().filter(w -> id.equals(w.teamId())).toList();
					if (!ofTeam.isEmpty()) {
						teamMixes.add(InvestmentMix.of(m, id, name, ofTeam));
					}
				});
				perTeam = teamMixes;
			}
		}
		return new MonthlyReview.Investment(overall, perTeam, trend);
	}

	/**
	 * The month's finished work items and concluded experiments; an item is aligned when
	 * its roadmap item serves an objective of the quarter the item finished in.
	 */
	private List<InvestmentMix.Work> work(YearMonth month, Map<RoadmapItemId, Set<Quarter>> alignment) {
		var from = start(month);
		var to = start(month.plusMonths(1));
		var quarter = okrSettings.calendar().quarterOf(month.atDay(1));
		var work = new ArrayList<InvestmentMix.Work>();
		for (var item : finishedWork.between(from, to)) {
			boolean aligned = item.roadmapItemId() != null && alignment
				.computeIfAbsent(item.roadmapItemId(),
						id -> roadmap.find(id)
							.map(r -> r.objectives().stream().filter(o -> o.known()).map(o -> o.quarter()))
							.orElse(Stream.empty())
							.collect(java.util.stream.Collectors.toSet()))
				.contains(quarter);
			work.add(new InvestmentMix.Work(item.team().value(), item.kind().name(), item.points(), aligned));
		}
		experiments.concludedBetween(from, to)
			.forEach(e -> work.add(new InvestmentMix.Work(null, "EXPERIMENT", null, true)));
		return work;
	}

	/**
	 * Features released in the quarter up to the review's day (the last three months),
	 * with their adoption against target; those shipped but not adopted first.
	 */
	private MonthlyReview.Shipped shipped(LocalDate asOf, List<TeamView> allTeams) {
		var names = new HashMap<UUID, String>();
		allTeams.forEach(t -> names.put(t.id().value(), t.name()));
		var since = asOf.minusMonths(3);
		var features = adoption.features()
			.stream()
			.filter(f -> f.progress().released() != null && !f.progress().released().isBefore(since)
					&& !f.progress().released().isAfter(asOf))
			.map(f -> new FeatureLine(f.id().value(), f.name(),
					f.workItem() == null || f.workItem().teamId() == null ? null
							: names.get(f.workItem().teamId().value()),
					f.progress().released(), f.progress().adoptionPercent(), f.targetPercent().doubleValue(),
					f.progress().status().name()))
			.sorted(Comparator
				.comparing((FeatureLine f) -> !AdoptionStatus.SHIPPED_NOT_ADOPTED.name().equals(f.state()))
				.thenComparing(FeatureLine::releasedOn))
			.toList();
		return new MonthlyReview.Shipped(features);
	}

	/**
	 * Forecasts are about the future, so only the current month, and the month just ended
	 * (closed in the first days of the next), have them: each team's chance of finishing
	 * its agreed commitments, and the 85 % date of every Now item against the one the
	 * previous month's closed review recorded.
	 */
	private MonthlyReview.Predictability predictability(Quarter quarter, List<TeamView> allTeams,
			Optional<MonthlyReview> previous) {
		var commitments = new ArrayList<CommitmentRiskLine>();
		for (var team : allTeams) {
			var risk = forecasting.commitmentRisk(team.id(), quarter);
			if (risk.commitments() == 0) {
				continue;
			}
			commitments.add(new CommitmentRiskLine(team.id().value(), team.name(), risk.percent(),
					risk.forecast() == null ? 0 : risk.forecast().remaining(),
					risk.percent() == null ? risk.status().name() : null));
		}
		var before = new HashMap<UUID, LocalDate>();
		previous
			.ifPresent(p -> p.predictability().nowItems().forEach(f -> before.put(f.roadmapItemId(), f.likely85())));
		var nowItems = new ArrayList<ForecastLine>();
		for (var item : roadmap.items(Lane.NOW, BoardFilter.none())) {
			var forecast = forecasting.roadmapItem(item.id()).forecast();
			var likely = forecast.hasDates() ? forecast.dateAt(85) : null;
			var earlier = before.get(item.id().value());
			nowItems.add(new ForecastLine(item.id().value(), item.title(), likely, earlier,
					likely == null || earlier == null ? null : ChronoUnit.DAYS.between(earlier, likely)));
		}
		return new MonthlyReview.Predictability(commitments, nowItems);
	}

	private MonthlyReview.Quality quality(YearMonth month, LocalDate asOf, List<TeamView> allTeams) {
		var now = deliveryQuality.report(new DeliveryQuality.Window(null, null, month.atDay(1), asOf)).teams();
		var before = deliveryQuality
			.report(new DeliveryQuality.Window(null, null, month.minusMonths(1).atDay(1),
					month.minusMonths(1).atEndOfMonth()))
			.teams();
		var previous = new HashMap<String, DoraFigures>();
		before.forEach(f -> previous.put(f.scope(), f));
		var dora = now.stream().map(f -> dora(f, previous.get(f.scope()))).toList();
		var debtLines = new ArrayList<DebtLine>();
		var qaLines = new ArrayList<QaLine>();
		for (var team : allTeams) {
			var report = debt.standing(team.id());
			var share = report.lastFourWeeks();
			var percent = share.pointPercent() != null ? share.pointPercent() : share.itemPercent();
			debtLines.add(
					new DebtLine(team.id().value(), team.name(), percent, report.budgetPercent(), report.overBudget()));
			var qa = estimation.withoutQaShare(team.id());
			if (qa.estimated() > 0) {
				qaLines.add(new QaLine(team.id().value(), team.name(), qa.estimated(), qa.withoutQa(), qa.percent()));
			}
		}
		return new MonthlyReview.Quality(dora, debtLines, qaLines);
	}

	private static DoraLine dora(DoraFigures now, DoraFigures before) {
		return new DoraLine(now.scope(), now.deployments(), now.deploymentsPerDay(), band(now.frequencyBand()),
				hours(now.leadTime()), band(now.leadTimeBand()), percent(now.changeFailureRate()),
				band(now.changeFailureBand()), hours(now.timeToRestore()), band(now.timeToRestoreBand()),
				before == null ? null : before.deployments(), before == null ? null : hours(before.leadTime()),
				before == null ? null : percent(before.changeFailureRate()),
				before == null ? null : hours(before.timeToRestore()));
	}

	private static String band(Enum<?> band) {
		return band == null ? null : band.name();
	}

	private static Double hours(Duration duration) {
		return duration == null ? null : Math.round(duration.toMinutes() / 6.0) / 10.0;
	}

	private static Double percent(Double rate) {
		return rate == null ? null : Math.round(rate * 1000) / 10.0;
	}

	private MonthlyReview.Discovery discovery(YearMonth month) {
		var from = start(month);
		var to = start(month.plusMonths(1));
		var overrides = guardrail.overrides()
			.stream()
			.filter(o -> !o.createdAt().isBefore(from) && o.createdAt().isBefore(to))
			.map(o -> new OverrideLine(o.roadmapItemId(), o.roadmapItemTitle(), o.personName(),
					o.hat() == null ? null : o.hat().name(), o.reason(), o.createdAt()))
			.toList();
		var fresh = opportunities.all()
			.stream()
			.filter(o -> o.evidence().newest() != null && YearMonth.from(o.evidence().newest()).equals(month))
			.map(o -> new OpportunityLine(o.id().value(), o.title(), o.evidence().insights(), o.evidence().sources(),
					o.evidence().newest()))
			.toList();
		var concluded = experiments.concludedBetween(from, to)
			.stream()
			.map(e -> new ExperimentLine(e.id().value(), e.hypothesis(), e.ideaTitle(),
					e.result() == null ? null : e.result().name()))
			.toList();
		return new MonthlyReview.Discovery(overrides, fresh, concluded);
	}

	private MonthlyReview.Organisation organisation(YearMonth month, List<TeamView> allTeams) {
		var features = new LinkedHashMap<UUID, CrossTeamLine>();
		for (var feature : crossTeam.all()) {
			if (feature.crossTeam() && feature.state() != dev.tandem.delivery.WorkflowState.RELEASED) {
				features.putIfAbsent(feature.id().value(),
						new CrossTeamLine(feature.id().value(), feature.title(),
								feature.owner() == null ? null : feature.owner().name(), feature.teamCount(),
								feature.teams().stream().map(t -> t.name()).toList()));
			}
		}
		var crossTeamLines = features.values()
			.stream()
			.sorted(Comparator.comparingInt(CrossTeamLine::teams).reversed().thenComparing(CrossTeamLine::title))
			.toList();
		var gaps = new ArrayList<TeamGapLine>();
		for (var team : allTeams) {
			var teamGaps = team.warnings().stream().filter(ReviewComputation::isGap).map(w -> gap(w)).toList();
			if (!teamGaps.isEmpty()) {
				gaps.add(new TeamGapLine(team.id().value(), team.name(), teamGaps));
			}
		}
		var hats = org.changes(new OrgChangeFilter(OrgChangeKind.Category.HATS, null, null), 0, 500)
			.changes()
			.stream()
			.filter(c -> c.month().equals(month))
			.map(c -> new HatChangeLine(c.date(), c.person() == null ? null : c.person().name(), c.kind().name(),
					c.hats().stream().map(Enum::name).toList()))
			.toList();
		return new MonthlyReview.Organisation(crossTeamLines, gaps, hats);
	}

	private static boolean isGap(OrgWarning warning) {
		return switch (warning.kind()) {
			case MISSING_SKILL, MISSING_PRODUCT_MANAGER, MISSING_LEAD_DEVELOPER -> true;
			default -> false;
		};
	}

	private static String gap(OrgWarning warning) {
		return warning.kind() == OrgWarning.Kind.MISSING_SKILL ? "skill:" + warning.detail() : warning.code();
	}

	/**
	 * The first instant of the month (UTC): months are UTC months, like the rollup days.
	 */
	private static java.time.Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
