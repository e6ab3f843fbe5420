package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.org.OrgOverview;
import dev.tandem.org.OrgWarning;
import dev.tandem.org.People;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.support.Browser;
import dev.tandem.support.FreshPostgres;
import dev.tandem.support.Http;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;

/**
 * The demo organisation loads into an empty database on H2 and on PostgreSQL, and tells
 * the story it is meant to tell: a founder who was CPTO, a component team, a team without
 * QA, a group without engineering manager.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoOrganisationTests {

	static final String PASSWORD = "demo-password-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	DemoOrganisation demo;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	OrgOverview overview;

	@BeforeAll
	void loadTheDemo() {
		transaction.executeWithoutResult(status -> demo.load(PASSWORD));
		demo.settle();
	}

	@Test
	void looksLikeARealCompany() {
		assertThat(people.all()).hasSizeBetween(38, 45);
		assertThat(teams.all()).hasSizeBetween(6, 8);
		assertThat(overview.overview().sections()).filteredOn(s -> s.group() != null).hasSize(2);
		assertThat(teams.all()).allSatisfy(team -> assertThat(team.members()).isNotEmpty());
	}

	@Test
	void theFounderWasCptoUntilHeHandedTheCpoHatOver() {
		var jonas = person("Jonas Weber");
		assertThat(jonas.currentHats()).extracting(h -> h.kind()).containsExactly(HatKind.CTO);
		assertThat(jonas.hatHistory()).anySatisfy(hat -> {
			assertThat(hat.kind()).isEqualTo(HatKind.CPO);
			assertThat(hat.endsOn()).isNotNull();
			assertThat(hat.active()).isFalse();
		});
		var sofia = person("Sofia Ricci");
		assertThat(sofia.currentHats()).extracting(h -> h.kind()).contains(HatKind.CPO);
	}

	@Test
	void flagsTheProblemsTheStoryPlants() {
		assertThat(team("Mobile Apps").kind()).isEqualTo(TeamKind.COMPONENT);
		assertThat(warningKinds(team("Mobile Apps"))).contains(OrgWarning.Kind.COMPONENT_TEAM,
				OrgWarning.Kind.MISSING_PRODUCT_MANAGER);
		assertThat(team("Merchant Onboarding").warnings())
			.anySatisfy(w -> assertThat(w.kind()).isEqualTo(OrgWarning.Kind.MISSING_SKILL))
			.anySatisfy(w -> assertThat(w.detail()).containsIgnoringCase("QA"));
		assertThat(warningKinds(team("Checkout"))).doesNotContain(OrgWarning.Kind.MISSING_SKILL,
				OrgWarning.Kind.MISSING_PRODUCT_MANAGER, OrgWarning.Kind.MISSING_LEAD_DEVELOPER);
		var logistics = overview.overview()
			.sections()
			.stream()
			.filter(s -> s.group() != null && s.group().name().equals("Logistics Platform"))
			.findFirst()
			.orElseThrow()
			.group();
		assertThat(logistics.warnings()).extracting(OrgWarning::kind)
			.contains(OrgWarning.Kind.MISSING_ENGINEERING_MANAGER);
	}

	@Test
	void demoAccountsSignInWithTheGeneratedPassword() {
		var founder = accounts.findByEmail("jonas.weber@parcelo.example").orElseThrow();
		assertThat(founder.role()).isEqualTo(Role.ADMIN);
		assertThat(accounts.findByEmail("marta.lindqvist@parcelo.example").orElseThrow().role()).isEqualTo(Role.VIEWER);

		var http = new Http(port);
		var csrf = http.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var signIn = http.postForm("/login",
				"email=jonas.weber%40parcelo.example&password=" + PASSWORD + "&_csrf=" + csrf);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		var page = http.get("/org");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Checkout", "Mobile Apps", "Logistics Platform");
	}

	@Test
	void everyChangeOfTheDemoIsInTheOrgChangesTimeline() {
		assertThat(overview.changes(500)).hasSizeGreaterThan(80);
	}

	@Test
	void theTimelineDatesTheCpoHandoverByWhenItTookEffect() {
		var today = java.time.LocalDate.now();
		var handover = today.minusMonths(14).withDayOfMonth(1);
		var founded = today.minusYears(5).withDayOfMonth(1);
		var jonas = person("Jonas Weber").id();
		var sofia = person("Sofia Ricci").id();

		var hats = dev.tandem.org.OrgChangeKind.Category.HATS;
		var jonasHats = overview.changes(new dev.tandem.org.OrgChangeFilter(hats, jonas, null), 0, 50).changes();
		var sofiaHats = overview.changes(new dev.tandem.org.OrgChangeFilter(hats, sofia, null), 0, 50).changes();

		assertThat(jonasHats).extracting(c -> c.kind() + " " + c.date() + " " + c.hats() + " " + c.cpto())
			.containsExactly("HAT_ENDED " + handover.minusDays(1) + " [CPO] false",
					"HAT_STARTED " + founded + " [CTO, CPO] true");
		assertThat(sofiaHats).extracting(c -> c.kind() + " " + c.date() + " " + c.hats())
			.startsWith("HAT_STARTED " + handover + " [CPO]");
	}

	@Test
	void theOrgChangesPageReadsLikeTheHistoryOfTheOrganisation() {
		var http = new Http(port);
		var csrf = http.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		http.postForm("/login", "email=jonas.weber%40parcelo.example&password=" + PASSWORD + "&_csrf=" + csrf);

		var sofia = http.get("/org/changes?category=HATS&person=" + person("Sofia Ricci").id());
		var jonas = http.get("/org/changes?category=HATS&person=" + person("Jonas Weber").id());
		var everything = http.get("/org/changes");
		var checkout = http.get("/org/changes?team=" + team("Checkout").id());

		assertThat(visibleText(sofia.body())).contains("Sofia Ricci became CPO",
				"Sofia Ricci handed over the Head of product hat");
		assertThat(visibleText(jonas.body())).contains("Jonas Weber handed over the CPO hat",
				"Jonas Weber became CPTO");
		assertThat(everything.statusCode()).isEqualTo(200);
		assertThat(visibleText(checkout.body())).contains("Team Checkout created", "joined Checkout",
				"became product manager of Checkout", "became lead developer of Checkout");
		assertThat(visibleText(everything.body())).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
	}

	private static String visibleText(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
	}

	@Autowired
	dev.tandem.okr.ObjectiveDirectory objectiveDirectory;

	@Autowired
	dev.tandem.okr.Objectives objectives;

	@Autowired
	dev.tandem.okr.Commitments commitments;

	@Autowired
	dev.tandem.roadmap.RoadmapQueries roadmap;

	@Test
	void lastQuarterIsClosedWithScoresAndThisQuarterIsCheckedInWithSomeKeyResultsAtRisk() {
		var current = objectiveDirectory.currentQuarter();
		var previous = objectiveDirectory.inQuarter(current.previous());
		assertThat(previous).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(o -> assertThat(o.state()).isEqualTo(dev.tandem.okr.ObjectiveState.CLOSED));
		assertThat(previous).allSatisfy(o -> assertThat(objectives.get(o.id()).score()).isNotNull());

		var now = objectiveDirectory.inQuarter(current);
		assertThat(now).hasSizeGreaterThanOrEqualTo(8)
			.allSatisfy(o -> assertThat(o.state()).isEqualTo(dev.tandem.okr.ObjectiveState.ACTIVE));
		var keyResults = now.stream().flatMap(o -> objectives.get(o.id()).keyResults().stream()).toList();
		assertThat(keyResults).hasSizeGreaterThanOrEqualTo(15);
		assertThat(keyResults).allSatisfy(kr -> assertThat(kr.checkIns()).isNotEmpty());
		assertThat(keyResults).filteredOn(kr -> kr.confidence() != dev.tandem.okr.ConfidenceLevel.ON_TRACK)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(now).anySatisfy(o -> assertThat(o.parentId()).isNotNull());
	}

	@Test
	void theRoadmapHasAboutThirtyItemsInEveryLaneWithAFewNotAligned() {
		var total = java.util.Arrays.stream(dev.tandem.roadmap.Lane.values())
			.mapToInt(lane -> roadmap.items(lane, null).size())
			.sum();
		assertThat(total).isBetween(25, 35);
		assertThat(dev.tandem.roadmap.Lane.values())
			.allSatisfy(lane -> assertThat(roadmap.items(lane, null)).isNotEmpty());
		assertThat(roadmap.notAligned()).hasSizeBetween(3, 7);
	}

	@Test
	void everyTeamHasCommitmentsAndAllButOneAreAgreed() {
		var quarter = objectiveDirectory.currentQuarter();
		var sets = teams.all().stream().map(team -> commitments.view(team.id(), quarter)).toList();
		assertThat(sets).allSatisfy(set -> {
			assertThat(set.exists()).isTrue();
			assertThat(set.commitments()).isNotEmpty();
		});
		assertThat(sets).filteredOn(set -> !set.agreed())
			.singleElement()
			.satisfies(set -> assertThat(set.teamName()).isEqualTo("Merchant Onboarding"));
		assertThat(sets).anySatisfy(set -> assertThat(set.overCapacity()).isTrue());
	}

	@Autowired
	dev.tandem.discovery.Insights insights;

	@Autowired
	dev.tandem.discovery.Opportunities opportunities;

	@Autowired
	dev.tandem.discovery.EvidenceGuardrail guardrail;

	@Test
	void discoveryHasEvidenceAnActiveGuardrailAndOneOverride() {
		assertThat(insights.all(null)).hasSizeGreaterThanOrEqualTo(10);
		assertThat(opportunities.all()).hasSize(4);
		assertThat(guardrail.settings().rule().enabled()).isTrue();
		assertThat(guardrail.overrides()).singleElement().satisfies(override -> {
			assertThat(override.reason()).isNotBlank();
			assertThat(roadmap.item(new dev.tandem.roadmap.RoadmapItemId(override.roadmapItemId())).lane())
				.isEqualTo(dev.tandem.roadmap.Lane.NOW);
		});
	}

	@Autowired
	dev.tandem.delivery.DeliveryHistory deliveryHistory;

	@Autowired
	dev.tandem.delivery.CrossTeamFeatures crossTeamFeatures;

	@Autowired
	dev.tandem.delivery.Estimation estimation;

	@Test
	void deliveryHasSixMonthsOfHistoryCrossTeamFeaturesAndEstimatesWithoutQa() {
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		var finished = teams.all()
			.stream()
			.mapToInt(team -> deliveryHistory.finishedPerDay(team.id(), today.minusDays(190), today)
				.stream()
				.mapToInt(day -> day.finished())
				.sum())
			.sum();
		assertThat(finished).isBetween(300, 480);
		var checkout = team("Checkout").id();
		assertThat(deliveryHistory.finishedPerDay(checkout, today.minusDays(182), today.minusDays(150)))
			.anySatisfy(day -> assertThat(day.finished()).isPositive());
		var crossTeam = teams.all().stream().flatMap(team -> crossTeamFeatures.forTeam(team.id()).stream()).distinct();
		assertThat(crossTeam.map(feature -> feature.id()).distinct().count()).isGreaterThanOrEqualTo(2);
		assertThat(estimation.withoutQaShare(team("Merchant Onboarding").id()).percent()).isEqualTo(100);
		assertThat(estimation.withoutQaShare(checkout).percent()).isBetween(1, 99);
	}

	@Autowired
	dev.tandem.forecast.Forecasting forecasting;

	@Test
	void everyRoadmapItemInNowAndNextHasAForecastDateOnFirstRun() {
		var items = roadmap.inLanes(java.util.EnumSet.of(dev.tandem.roadmap.Lane.NOW, dev.tandem.roadmap.Lane.NEXT));
		assertThat(items).hasSizeGreaterThanOrEqualTo(10);
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(items).allSatisfy(item -> {
			var forecast = forecasting.roadmapItem(item.id()).forecast();
			assertThat(forecast.status()).as(item.title()).isEqualTo(dev.tandem.forecast.Forecast.Status.FORECAST);
			assertThat(forecast.dateAt(85)).as(item.title()).isAfter(today).isBefore(today.plusYears(1));
			assertThat(forecast.dateAt(50)).isBeforeOrEqualTo(forecast.dateAt(85));
			assertThat(forecast.dateAt(85)).isBeforeOrEqualTo(forecast.dateAt(95));
		});
		var checkout = team("Checkout").id();
		assertThat(forecasting.team(checkout, null).forecast().hasDates()).isTrue();
	}

	@Autowired
	dev.tandem.delivery.TechnicalDebt technicalDebt;

	@Test
	void onlyThePlatformTeamBuiltToBeOverItsDebtBudgetIsOverIt() {
		var overBudget = teams.all()
			.stream()
			.filter(team -> technicalDebt.report(team.id(), 4).overBudget())
			.map(TeamView::name)
			.toList();
		var overAtAGlance = teams.all()
			.stream()
			.filter(team -> technicalDebt.standing(team.id()).overBudget())
			.map(TeamView::name)
			.toList();

		assertThat(overBudget)
			.as(teams.all()
				.stream()
				.map(team -> team.name() + "=" + technicalDebt.report(team.id(), 4))
				.collect(java.util.stream.Collectors.joining("\n")))
			.containsExactly("Platform Infrastructure");
		assertThat(overAtAGlance).isEqualTo(overBudget);
	}

	@Test
	void theTwoCrossTeamFeaturesShowOnTheirRoadmapItemsPages() {
		var features = teams.all()
			.stream()
			.flatMap(team -> crossTeamFeatures.forTeam(team.id()).stream())
			.distinct()
			.toList();
		assertThat(features).hasSize(2).allSatisfy(feature -> assertThat(feature.roadmapItemId()).isNotNull());

		var http = new Http(port);
		var csrf = http.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		http.postForm("/login", "email=marta.lindqvist%40parcelo.example&password=" + PASSWORD + "&_csrf=" + csrf);
		for (var feature : features) {
			var page = http.get("/roadmap/items/" + feature.roadmapItemId());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"delivery-panel-feature-" + feature.id() + "\"", feature.title(),
					"needs " + feature.teamCount() + " teams");
		}
		assertThat(features).extracting(dev.tandem.delivery.CrossTeamFeature::teamCount).containsOnly(2, 3);
	}

	@Autowired
	dev.tandem.delivery.DeliveryQuality quality;

	@Test
	void threeMonthsOfDeploymentsGiveEveryDoraFigure() {
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		var report = quality
			.report(new dev.tandem.delivery.DeliveryQuality.Window(null, null, today.minusDays(89), today));
		assertThat(report.services()).hasSize(4).allSatisfy(figures -> {
			assertThat(figures.deployments()).isPositive();
			assertThat(figures.leadTime()).isNotNull();
			assertThat(figures.frequencyBand()).isNotNull();
		});
		assertThat(report.services().stream().map(figures -> figures.frequencyBand()).distinct().count())
			.as("an elite, a high and a medium performer side by side")
			.isGreaterThanOrEqualTo(3);
	}

	/**
	 * The monthly review of the demo in a real browser: it opens with signals, a signal
	 * leads to its evidence, and the review exports as Markdown.
	 */
	@Test
	void theMonthlyReviewLeadsFromASignalToItsEvidenceAndExportsMarkdown() {
		try (var browser = new Browser(port)) {
			browser.signIn("jonas.weber@parcelo.example", PASSWORD).waitForPath("/");
			browser.open("/review").waitForPath("/review/");
			var signals = browser.driver().findElements(By.cssSelector("#signals li.signal"));
			assertThat(signals).as("signals of the demo's month").hasSizeGreaterThanOrEqualTo(3);
			var first = browser.find(By.cssSelector("#signals li.signal a.signal-link"));
			var evidence = first.getAttribute("href");
			var markdownLink = browser.find(By.id("review-markdown")).getAttribute("href");

			first.click();
			browser.waitForPath(evidence.substring(evidence.indexOf('/', "http://".length())));
			assertThat(browser.text()).doesNotContain("Something went wrong");

			browser.open("/review");
			var markdown = (String) ((JavascriptExecutor) browser.driver())
				.executeAsyncScript(
						"var done = arguments[arguments.length - 1];"
								+ "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
						markdownLink);
			assertThat(markdown).startsWith("# Monthly review").contains("## What needs a decision", "1. **");
		}
	}

	@Autowired
	dev.tandem.adoption.AdoptionQueries adoption;

	@Autowired
	dev.tandem.adoption.EventSources eventSources;

	@Autowired
	dev.tandem.okr.KeyResults keyResults;

	@Test
	void ninetyDaysOfUsageShowFeaturesAdoptedOnTrackAndOneShippedButNotAdopted() {
		var features = adoption.features();
		var summary = features.stream()
			.map(f -> f.name() + "=" + f.progress().status() + " " + f.progress().adoptionPercent() + "% (expected "
					+ f.progress().expectedPercent() + ")")
			.collect(java.util.stream.Collectors.joining(", "));
		assertThat(features).as(summary)
			.filteredOn(f -> f.progress().adoptionPercent() != null && f.progress().adoptionPercent() > 0)
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(features).as(summary)
			.anySatisfy(f -> assertThat(f.progress().status()).isIn(dev.tandem.adoption.AdoptionStatus.ADOPTED,
					dev.tandem.adoption.AdoptionStatus.ON_TRACK));
		assertThat(features).as(summary)
			.filteredOn(f -> f.progress().status() == dev.tandem.adoption.AdoptionStatus.SHIPPED_NOT_ADOPTED)
			.extracting(dev.tandem.adoption.FeatureView::name)
			.containsExactly(DemoAdoption.UNUSED);
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		assertThat(features).as(summary)
			.filteredOn(f -> f.progress().released() != null && f.progress().released().isAfter(today.minusMonths(3)))
			.hasSizeGreaterThanOrEqualTo(3);

		assertThat(eventSources.list()).extracting(s -> s.name()).containsExactlyInAnyOrder("Web app", "iOS app");
		assertThat(eventSources.list()).allSatisfy(source -> {
			assertThat(source.events()).as(source.name()).isGreaterThan(10_000);
			assertThat(source.rejected()).as(source.name()).isZero();
		});
		assertThat(eventSources.list().stream().mapToLong(s -> s.events()).sum()).isBetween(150_000L, 450_000L);

		var measured = objectiveDirectory.inQuarter(objectiveDirectory.currentQuarter())
			.stream()
			.flatMap(o -> objectives.get(o.id()).keyResults().stream())
			.filter(kr -> kr.statement().equals(DemoAdoption.MEASURED_KEY_RESULT))
			.findFirst()
			.orElseThrow();
		assertThat(measured.sourceKind()).isEqualTo("adoption");
		assertThat(keyResults.history(measured.id(), 10)).extracting(dev.tandem.audit.AuditEntry::action)
			.contains("key-result.measured");
		assertThat(measured.currentValue()).isGreaterThan(measured.baseline()).isLessThan(measured.target());

		// The monthly review's "shipped features and their use" leads with the unused
		// one.
		var shipped = reviews.recompute(java.time.YearMonth.now(java.time.ZoneOffset.UTC)).shipped().features();
		assertThat(shipped).as(summary).hasSizeGreaterThanOrEqualTo(3);
		assertThat(shipped.get(0).name()).isEqualTo(DemoAdoption.UNUSED);
		assertThat(shipped).allSatisfy(line -> {
			assertThat(line.team()).isNotNull();
			assertThat(line.adoptionPercent()).isNotNull();
		});
	}

	@Autowired
	dev.tandem.review.MonthlyReviews reviews;

	@Test
	void theInsightsTeamPageShowsItsFeaturesAdoptionWithTheUnusedOneCalledOut() {
		var http = new Http(port);
		var csrf = http.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		http.postForm("/login", "email=marta.lindqvist%40parcelo.example&password=" + PASSWORD + "&_csrf=" + csrf);
		var page = http.get("/org/teams/" + team("Insights & Reporting").id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"team-adoption\"", "id=\"shipped-not-adopted\"", DemoAdoption.UNUSED,
				"Cost report");
		var checkout = http.get("/org/teams/" + team("Checkout").id());
		assertThat(checkout.body()).contains("id=\"team-adoption\"").doesNotContain("id=\"shipped-not-adopted\"");
	}

	private dev.tandem.org.PersonView person(String name) {
		var summary = people.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
		return people.get(summary.id());
	}

	private TeamView team(String name) {
		return teams.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}

	private static java.util.List<OrgWarning.Kind> warningKinds(TeamView team) {
		return team.warnings().stream().map(OrgWarning::kind).toList();
	}

	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnH2
	@TestPropertySource(properties = "tandem.test.context=demo")
	static class OnH2Tests extends DemoOrganisationTests {

	}

	/**
	 * The demo needs an empty database, so this variant creates one of its own on the
	 * PostgreSQL server.
	 */
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@OnPostgres
	static class OnPostgresTests extends DemoOrganisationTests {

		@DynamicPropertySource
		static void freshDatabase(DynamicPropertyRegistry registry) {
			FreshPostgres.register(registry);
		}

	}

}
