package dev.tandem.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import dev.tandem.adoption.FeatureDetails;
import dev.tandem.adoption.FeatureId;
import dev.tandem.adoption.Features;
import dev.tandem.delivery.DeliveryQueries;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemImport;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.discovery.ExperimentDetails;
import dev.tandem.discovery.ExperimentMethod;
import dev.tandem.discovery.ExperimentOutcome;
import dev.tandem.discovery.ExperimentResult;
import dev.tandem.discovery.ExperimentStatus;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.IdeaDetails;
import dev.tandem.discovery.Ideas;
import dev.tandem.discovery.Opportunities;
import dev.tandem.discovery.OpportunityDetails;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.okr.CheckIns;
import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.Confidence;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.review.MonthlyReview.KindShare;
import dev.tandem.review.Signal.Kind;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.FreshPostgres;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly review of a small organisation built by hand, in a database of its own, so
 * every figure has a known answer: team Alpha works on its objective, team Beta finishes
 * unaligned work with too much debt and has no duo, a feature needs both teams, a key
 * result is at risk and another has no check-in this month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonthlyReviewTests {

	private static final String ACTOR = "review-tests@example.com";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	MonthlyReviews reviews;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	CheckIns checkIns;

	@Autowired
	OkrSettings okrSettings;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@Autowired
	Estimation estimation;

	@Autowired
	WorkItemImport imports;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Ideas ideas;

	@Autowired
	Experiments experiments;

	@Autowired
	Commitments commitments;

	@Autowired
	Features features;

	@Autowired
	DeliveryQueries deliveryQueries;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	private YearMonth month;

	private TeamId alpha;

	private TeamId beta;

	private KeyResultId atRisk;

	private KeyResultId unchecked;

	private WorkItemId crossTeamFeature;

	private PersonId estimator;

	private RoadmapItemId nowCard;

	private FeatureId unusedFeature;

	@BeforeAll
	void buildTheOrganisation() {
		month = YearMonth.now(clock);
		var owner = people.create("Olga Owner", Unique.email("owner"), null).id();
		var pm = people.create("Paul Product", Unique.email("pm"), null).id();
		var lead = people.create("Lena Lead", Unique.email("lead"), null).id();
		estimator = lead;
		alpha = teams.create(new TeamDetails("Alpha", null, TeamKind.STREAM_ALIGNED, Set.of(), pm, lead, null)).id();
		beta = teams.create(new TeamDetails("Beta", null, TeamKind.STREAM_ALIGNED, Set.of(), null, null, null)).id();

		var quarter = okrSettings.calendar().quarterOf(month.atDay(1));
		var created = objectives.create(new ObjectiveDetails("Shops ship on day one", null, quarter,
				ObjectiveLevel.TEAM, owner, alpha, null, null));
		var objective = objectives.activate(created.id(), created.version()).id();
		atRisk = keyResults.add(objective, kr("Labels in ten minutes")).id();
		unchecked = keyResults.add(objective, kr("Identity check live")).id();
		checkIns.record(atRisk, new CheckIns.CheckInEntry(month, BigDecimal.ZERO,
				new Confidence(ConfidenceLevel.AT_RISK, 4), "Blocked on the identity provider"));
		var roadmapItem = planning
			.create(new RoadmapItemDetails("Guided first label", null, null, null, Set.of(alpha), Set.of(objective)),
					Lane.LATER, null)
			.id();

		finish(item(WorkItemKind.STORY, "Label form", alpha, null, roadmapItem), 5);
		finish(item(WorkItemKind.STORY, "Label preview", alpha, null, roadmapItem), 3);
		finish(item(WorkItemKind.BUG, "Preview crash", alpha, null, null), 2);
		finish(item(WorkItemKind.DEBT, "Old search index", beta, null, null), null);
		finish(item(WorkItemKind.DEBT, "Flaky build", beta, null, null), null);
		finish(item(WorkItemKind.CHORE, "Upgrade Java", beta, null, null), null);
		finish(item(WorkItemKind.CHORE, "Rotate keys", beta, null, null), null);

		crossTeamFeature = item(WorkItemKind.FEATURE, "Scan to ship", alpha, null, null).id();
		item(WorkItemKind.STORY, "Scanner driver", beta, crossTeamFeature, null);

		var opportunity = opportunities.create(new OpportunityDetails("Labels are confusing", null)).id();
		var idea = ideas.create(new IdeaDetails(opportunity, "A guided form", null, null)).id();
		experiments.create(idea,
				new ExperimentDetails("A guided form halves the time to a label", ExperimentMethod.PROTOTYPE,
						"Median under ten minutes", null),
				new ExperimentOutcome(ExperimentStatus.CONCLUDED, ExperimentResult.VALIDATED, "It did"));

		var lastMonth = month.minusMonths(1).atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant();
		imports.importInto(alpha, List.of(new WorkItemImport.ImportedItem("OLD-1", WorkItemKind.STORY,
				"Last month's story", null, WorkflowState.DONE, lastMonth, lastMonth, lastMonth, null, Set.of())),
				ACTOR);
		// Gamma: a Now card with three open stories, agreed as a commitment, and a
		// history of
		// two items a day last month to forecast from.
		var gamma = teams.create(new TeamDetails("Gamma", null, TeamKind.STREAM_ALIGNED, Set.of(), pm, lead, null))
			.id();
		nowCard = planning
			.create(new RoadmapItemDetails("Scan to ship card", null, null, null, Set.of(gamma), Set.of()), Lane.NOW,
					null)
			.id();
		for (int i = 0; i < 3; i++) {
			item(WorkItemKind.STORY, "Scanner slice " + i, gamma, null, nowCard);
		}
		var history = new java.util.ArrayList<WorkItemImport.ImportedItem>();
		for (int day = 1; day <= 28; day++) {
			for (int n = 0; n < 2; n++) {
				var at = month.minusMonths(1).atDay(day).atTime(10 + n, 0).toInstant(ZoneOffset.UTC);
				history.add(new WorkItemImport.ImportedItem("HIST-" + day + "-" + n, WorkItemKind.CHORE,
						"Chore " + day + "-" + n, null, WorkflowState.DONE, at, at, at, null, Set.of()));
			}
		}
		imports.importInto(gamma, history, ACTOR);
		commitments.add(gamma, quarter, 0,
				new CommitmentDetails("Scan to ship", null, nowCard.value(), new BigDecimal("8")));

		// A feature released three months ago that nobody uses.
		var released = LocalDate.now(clock).minusMonths(3).plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
		imports.importInto(alpha, List.of(new WorkItemImport.ImportedItem("FEAT-1", WorkItemKind.FEATURE,
				"Bulk label export", null, WorkflowState.RELEASED, released, released, released, null, Set.of())),
				ACTOR);
		var exportItem = deliveryQueries
			.items(new DeliveryQueries.ItemFilter(alpha, WorkItemKind.FEATURE, WorkflowState.RELEASED, null, null));
		unusedFeature = features.create(new FeatureDetails("Bulk export", List.of("Export Clicked"), null,
				exportItem.get(0).id(), new BigDecimal("30"), 30));

		var twoMonthsAgo = month.minusMonths(2).atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();
		imports
			.importInto(
					beta, List.of(new WorkItemImport.ImportedItem("OLD-0", WorkItemKind.CHORE, "A chore two months ago",
							null, WorkflowState.DONE, twoMonthsAgo, twoMonthsAgo, twoMonthsAgo, null, Set.of())),
					ACTOR);
	}

	@Test
	void predictabilityForecastsCommitmentsAndNowItemsAndTheirDriftSinceLastMonth() {
		var admin = accounts.create(Unique.email("review-closer"), "Review closer", Role.ADMIN, null);
		var closed = new Http(port).send("POST", "/api/v1/reviews/" + month.minusMonths(1) + "/close", "",
				"Authorization", "Bearer " + tokens.create(admin.id(), "review").secret());

		var predictability = reviews.recompute(month).predictability();

		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(predictability.commitments()).singleElement().satisfies(c -> {
			assertThat(c.team()).isEqualTo("Gamma");
			assertThat(c.probabilityPercent()).isNotNull();
			assertThat(c.items()).isEqualTo(3);
		});
		assertThat(predictability.nowItems()).singleElement().satisfies(f -> {
			assertThat(f.roadmapItemId()).isEqualTo(nowCard.value());
			assertThat(f.likely85()).isAfterOrEqualTo(LocalDate.now(clock));
			assertThat(f.previous85()).isEqualTo(f.likely85());
			assertThat(f.driftDays()).isZero();
		});
	}

	@Test
	void shippedFeaturesShowTheirAdoptionAgainstTarget() {
		var shipped = reviews.recompute(month).shipped();

		assertThat(shipped.features()).singleElement().satisfies(f -> {
			assertThat(f.id()).isEqualTo(unusedFeature.value());
			assertThat(f.team()).isEqualTo("Alpha");
			assertThat(f.targetPercent()).isEqualTo(30.0);
			assertThat(f.state()).isEqualTo("SHIPPED_NOT_ADOPTED");
		});
	}

	@Test
	void okrsShowProgressConfidenceKeyResultsAtRiskAndMissingCheckIns() {
		var okrs = reviews.recompute(month).okrs();

		assertThat(okrs.objectives()).singleElement().satisfies(o -> {
			assertThat(o.title()).isEqualTo("Shops ship on day one");
			assertThat(o.team()).isEqualTo("Alpha");
			assertThat(o.progressPercent()).isZero();
			assertThat(o.confidence()).isEqualTo("AT_RISK");
		});
		assertThat(okrs.atRisk()).extracting(k -> k.id()).containsExactly(atRisk.value());
		assertThat(okrs.missingCheckIns()).extracting(k -> k.id()).containsExactly(unchecked.value());
		assertThat(okrs.quarterElapsedPercent()).isBetween(1, 100);
	}

	@Test
	void investmentMixSharesFinishedWorkByKindAndAlignment() {
		var investment = reviews.recompute(month).investment();

		var overall = investment.overall();
		assertThat(overall.items()).isEqualTo(8);
		assertThat(overall.points()).isEqualTo(10);
		assertThat(overall.alignedItems()).isEqualTo(3);
		assertThat(overall.alignedPoints()).isEqualTo(8);
		assertThat(overall.kinds()).extracting(KindShare::kind, KindShare::items)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FEATURE", 0),
					org.assertj.core.groups.Tuple.tuple("STORY", 2), org.assertj.core.groups.Tuple.tuple("BUG", 1),
					org.assertj.core.groups.Tuple.tuple("DEBT", 2), org.assertj.core.groups.Tuple.tuple("CHORE", 2),
					org.assertj.core.groups.Tuple.tuple("EXPERIMENT", 1));
		assertThat(investment.teams()).extracting(m -> m.team(), m -> m.items(), m -> m.alignedPercent())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha", 3, 67),
					org.assertj.core.groups.Tuple.tuple("Beta", 4, 0));
		assertThat(investment.teams()).extracting(m -> m.team()).doesNotContain("Gamma");
		assertThat(investment.trend()).hasSize(ReviewComputation.TREND_MONTHS + 1);
		assertThat(investment.trend().get(ReviewComputation.TREND_MONTHS - 1).items()).isEqualTo(1 + 56);
	}

	@Test
	void qualityShowsDebtAgainstBudget() {
		var quality = reviews.recompute(month).quality();

		assertThat(quality.debt()).filteredOn(d -> d.team().equals("Beta")).singleElement().satisfies(d -> {
			assertThat(d.debtPercent()).isEqualTo(50);
			assertThat(d.overBudget()).isTrue();
		});
		assertThat(quality.debt()).filteredOn(d -> d.team().equals("Alpha"))
			.singleElement()
			.satisfies(d -> assertThat(d.overBudget()).isFalse());
	}

	@Test
	void discoveryAndOrganisationSections() {
		var review = reviews.recompute(month);

		assertThat(review.discovery().concluded()).extracting(e -> e.hypothesis(), e -> e.result())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("A guided form halves the time to a label", "VALIDATED"));
		assertThat(review.organisation().crossTeamFeatures()).singleElement().satisfies(f -> {
			assertThat(f.id()).isEqualTo(crossTeamFeature.value());
			assertThat(f.teams()).isEqualTo(2);
			assertThat(f.teamNames()).containsExactlyInAnyOrder("Alpha", "Beta");
		});
		assertThat(review.organisation().teamGaps()).singleElement().satisfies(g -> {
			assertThat(g.team()).isEqualTo("Beta");
			assertThat(g.gaps()).contains("missing-product-manager", "missing-lead-developer");
		});
	}

	@Test
	void signalsPutWhatNeedsADecisionFirst() {
		// (Gamma's commitment is safe, unless this runs on the last day or two of a
		// quarter.)
		var signals = reviews.recompute(month)
			.signals()
			.stream()
			.filter(s -> s.kind() != Kind.COMMITMENT_AT_RISK)
			.toList();

		assertThat(signals).extracting(Signal::kind)
			.containsExactly(Kind.SHIPPED_NOT_ADOPTED, Kind.KEY_RESULT_AT_RISK, Kind.UNALIGNED_WORK,
					Kind.OVER_DEBT_BUDGET, Kind.CROSS_TEAM_FEATURE, Kind.TEAM_GAP, Kind.MISSING_CHECK_INS);
		assertThat(signals.get(0).link()).isEqualTo("/adoption/features/" + unusedFeature.value());
		assertThat(signals.get(1).link()).isEqualTo("/okrs/key-results/" + atRisk.value());
		assertThat(signals.get(2).args()).startsWith("Beta", "100", "4");
	}

	@Test
	void aClosedMonthReadsAsItWasWhenClosed() throws Exception {
		var previous = month.minusMonths(2);
		var admin = accounts.create(Unique.email("review-admin"), "Review admin", Role.ADMIN, null);
		var member = accounts.create(Unique.email("review-member"), "Review member", Role.MEMBER, null);
		var adminToken = "Bearer " + tokens.create(admin.id(), "review").secret();
		var memberToken = "Bearer " + tokens.create(member.id(), "review").secret();
		var http = new Http(port);

		var refused = http.send("POST", "/api/v1/reviews/" + previous + "/close", "", "Authorization", memberToken);
		var closed = http.send("POST", "/api/v1/reviews/" + previous + "/close", "", "Authorization", adminToken);
		var later = previous.atDay(16).atStartOfDay(ZoneOffset.UTC).toInstant();
		imports
			.importInto(
					alpha, List.of(new WorkItemImport.ImportedItem("OLD-2", WorkItemKind.BUG,
							"Finished after the close", null, WorkflowState.DONE, later, later, later, null, Set.of())),
					ACTOR);
		var reread = http.get("/api/v1/reviews/" + previous + "?fresh=true", "Authorization", memberToken);
		var again = http.send("POST", "/api/v1/reviews/" + previous + "/close", "", "Authorization", adminToken);
		var future = http.get("/api/v1/reviews/" + month.plusMonths(1), "Authorization", memberToken);
		var nonsense = http.get("/api/v1/reviews/last-month", "Authorization", memberToken);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(reread.statusCode()).isEqualTo(200);
		var body = JSON.readTree(reread.body());
		assertThat(body.get("closedAt").isNull()).isFalse();
		assertThat(body.get("investment").get("overall").get("items").asInt()).isEqualTo(1);
		assertThat(reviews.review(previous)).isEqualTo(JSON.readValue(closed.body(), MonthlyReview.class));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(nonsense.statusCode()).isEqualTo(400);
		assertThat(nonsense.body()).doesNotContain("Exception");
		assertThat(http.get("/api/v1/reviews", "Authorization", memberToken).body()).contains(previous.toString());
	}

	@Test
	void exportsMarkdownInTheReadersLanguage() {
		var member = accounts.create(Unique.email("review-reader"), "Review reader", Role.VIEWER, null);
		var token = "Bearer " + tokens.create(member.id(), "review").secret();
		var http = new Http(port);

		var english = http.get("/api/v1/reviews/" + month + "/markdown", "Authorization", token);
		var french = http.get("/api/v1/reviews/" + month + "/markdown", "Authorization", token, "Accept-Language",
				"fr");

		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("text/markdown"));
		assertThat(english.body()).startsWith("# Monthly review · " + month)
			.contains("## What needs a decision", "Key result at risk: Labels in ten minutes", "| Beta |");
		assertThat(french.body()).startsWith("# Revue mensuelle · " + month).contains("Résultat clé à risque");
	}

	private static KeyResultDetails kr(String statement) {
		return new KeyResultDetails(statement,
				new Measure(KeyResultUnit.NUMBER, BigDecimal.ZERO, new BigDecimal("100"), null), null, null);
	}

	private WorkItemView item(WorkItemKind kind, String title, TeamId team, WorkItemId parent,
			RoadmapItemId roadmapItem) {
		return workItems.create(
				new WorkItemDetails(kind, title, null, team, parent, roadmapItem, Set.of(), Set.of(), Set.of()), ACTOR);
	}

	private void finish(WorkItemView item, Integer points) {
		if (points != null) {
			estimation.estimate(item.id(), item.version(), points, null, Set.of(estimator));
		}
		workflow.transition(item.id(), WorkflowState.DONE, WorkflowState.BACKLOG, null, ACTOR);
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	@TestPropertySource(properties = "tandem.test.context=review")
	static class OnH2Tests extends MonthlyReviewTests {

	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends MonthlyReviewTests {

		@DynamicPropertySource
		static void freshDatabase(DynamicPropertyRegistry registry) {
			FreshPostgres.register(registry);
		}

	}

}
