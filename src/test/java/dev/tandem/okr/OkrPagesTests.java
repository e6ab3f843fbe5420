package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The OKR pages rendered by the whole application: the tree, forms with field errors, the
 * key result page and its htmx check-in fragment, closing, settings, French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class OkrPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	OkrSettings settings;

	private String page(MockHttpServletRequestBuilder request, int status, String role) throws Exception {
		var result = mvc.perform(request.with(user("okr-page@example.com").roles(role)).with(csrf()))
			.andExpect(status().is(status))
			.andReturn();
		var html = result.getResponse().getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return page(request, status, "MEMBER");
	}

	private ObjectiveView objective(String title) {
		var owner = people.create("Owen Owner " + Unique.suffix(), Unique.email("owen"), null);
		var team = teams.create(
				new TeamDetails("Search " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, null, null, null, null));
		return objectives.create(new ObjectiveDetails(title, "Because", settings.currentQuarter(), ObjectiveLevel.TEAM,
				owner.id(), team.id(), null, null));
	}

	private KeyResultView keyResult(ObjectiveView objective, String statement) {
		return keyResults.add(objective.id(), new KeyResultDetails(statement,
				Measure.of(KeyResultUnit.PERCENT, BigDecimal.valueOf(20), BigDecimal.valueOf(40)), null, null));
	}

	@Test
	void showsTheTreeOfTheQuarterWithProgressBarsAndTheCheckInsDue() throws Exception {
		var objective = objective("Find things fast " + Unique.suffix());
		keyResult(objective, "Search success rate");
		objectives.activate(objective.id(), objectives.get(objective.id()).version());

		var html = page(get("/okrs"), 200);

		assertThat(html).contains(objective.title(), "Search success rate", "okr-progress", "id=\"check-ins-due\"",
				"id=\"okr-quarter\">" + settings.currentQuarter());
		assertThat(html).doesNotContain("id=\"okr-settings\"");
		assertThat(html).contains("id=\"due-by-team\"", "id=\"due-by-owner\"");
	}

	@Test
	void showsTheSettingsFormToAdministratorsOnly() throws Exception {
		assertThat(page(get("/okrs"), 200, "ADMIN")).contains("id=\"okr-settings\"", "id=\"close-quarter\"");
		page(post("/okrs/settings").param("fiscalYearFirstMonth", "1").param("version", "0"), 403);
	}

	@Test
	void reshowsTheObjectiveFormWithFieldErrorsAndWhatWasTyped() throws Exception {
		var html = page(post("/okrs/objectives").param("title", "Typed title")
			.param("quarter", "2026-Q9")
			.param("level", "TEAM")
			.param("ownerId", ""), 400);

		assertThat(html).contains("value=\"Typed title\"", "id=\"quarter-error\"", "id=\"ownerId-error\"",
				"id=\"teamId-error\"");
	}

	@Test
	void createsAnObjectiveFromTheFormAndRedirectsToIt() throws Exception {
		var owner = people.create("Fay Form " + Unique.suffix(), Unique.email("fay"), null);
		var result = mvc
			.perform(post("/okrs/objectives").param("title", "Company goal " + Unique.suffix())
				.param("quarter", settings.currentQuarter().label())
				.param("level", "COMPANY")
				.param("ownerId", owner.id().toString())
				.with(user("okr-page@example.com").roles("MEMBER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/okrs/objectives/");
		assertThat(page(get(result.getResponse().getRedirectedUrl()), 200)).contains("id=\"key-result-form\"");
	}

	@Test
	void refusesATargetEqualToTheBaselineOnTheObjectivePage() throws Exception {
		var objective = objective("Flat " + Unique.suffix());

		var html = page(post("/okrs/objectives/" + objective.id() + "/key-results").param("statement", "Flat line")
			.param("unit", "NUMBER")
			.param("baseline", "5")
			.param("target", "5"), 400);

		assertThat(html).contains("id=\"target-error\"", "value=\"Flat line\"");
	}

	@Test
	void showsTheKeyResultPageWithItsChartCanvas() throws Exception {
		var kr = keyResult(objective("Charted " + Unique.suffix()), "Charted KR");

		var html = page(get("/okrs/key-results/" + kr.id()), 200);

		assertThat(html).contains("id=\"kr-chart\"", "data-baseline=\"20", "data-target=\"40", "okr-chart.js",
				"chart.umd.js", "id=\"check-in-form\"");
	}

	@Test
	void recordsACheckInWithHtmxAndAnswersWithTheLiveFragment() throws Exception {
		var kr = keyResult(objective("Htmx " + Unique.suffix()), "Htmx KR");

		var html = page(post("/okrs/key-results/" + kr.id() + "/check-ins").header("HX-Request", "true")
			.param("month", YearMonth.from(settings.today()).toString())
			.param("value", "30")
			.param("confidence", "AT_RISK")
			.param("confidenceScore", "5")
			.param("comment", "halfway"), 200);

		assertThat(html).startsWith("<div").contains("id=\"key-result-live\"", "halfway", "data-points=\"");
		assertThat(html).doesNotContain("<html");
		assertThat(keyResults.get(kr.id()).currentValue()).isEqualByComparingTo("30");
	}

	@Test
	void showsCheckInErrorsInTheFragment() throws Exception {
		var kr = keyResult(objective("Bad check-in " + Unique.suffix()), "Bad KR");

		var html = page(post("/okrs/key-results/" + kr.id() + "/check-ins").header("HX-Request", "true")
			.param("month", YearMonth.from(settings.today()).toString())
			.param("value", "30")
			.param("confidence", "AT_RISK")
			.param("confidenceScore", "12"), 200);

		assertThat(html).contains("id=\"confidenceScore-error\"");
	}

	@Test
	void showsTheClosingPageWithProposedScoresAndRefusesAnAdjustmentWithoutReason() throws Exception {
		var objective = objective("Closing " + Unique.suffix());
		var kr = keyResult(objective, "Closing KR");

		assertThat(page(get("/okrs/objectives/" + objective.id() + "/close"), 200)).contains("Closing KR",
				"okr-proposed", "id=\"confirm-close\"");
		var html = page(post("/okrs/key-results/" + kr.id() + "/score").param("score", "0.9").param("reason", ""), 400);
		assertThat(html).contains("id=\"reason-error\"");
	}

	@Test
	void editsAKeyResultAndRefusesAStaleVersion() throws Exception {
		var kr = keyResult(objective("Edit KR " + Unique.suffix()), "Before edit");

		assertThat(page(get("/okrs/key-results/" + kr.id() + "/edit"), 200)).contains("value=\"Before edit\"",
				"id=\"remove-key-result\"");
		page(post("/okrs/key-results/" + kr.id()).param("statement", "After edit")
			.param("unit", "PERCENT")
			.param("baseline", "20")
			.param("target", "60")
			.param("version", String.valueOf(kr.version())), 302);
		var stale = page(post("/okrs/key-results/" + kr.id()).param("statement", "Lost update")
			.param("unit", "PERCENT")
			.param("baseline", "20")
			.param("target", "60")
			.param("version", String.valueOf(kr.version())), 409);

		assertThat(stale).contains("id=\"stale\"");
		assertThat(keyResults.get(kr.id()).statement()).isEqualTo("After edit");
	}

	@Test
	void deletesAnObjectiveFromItsPage() throws Exception {
		var objective = objective("Delete me " + Unique.suffix());

		page(post("/okrs/objectives/" + objective.id() + "/delete").param("version",
				String.valueOf(objective.version())), 302);

		page(get("/okrs/objectives/" + objective.id()), 404);
	}

	@Test
	void speaksFrench() throws Exception {
		var html = page(get("/okrs").param("lang", "fr").accept(MediaType.TEXT_HTML), 200);

		assertThat(html).contains("Trimestre en cours", "Nouvel objectif");
	}

	@Test
	void answers404ForAnUnknownKeyResultAnd400ForAMalformedId() throws Exception {
		page(get("/okrs/key-results/" + java.util.UUID.randomUUID()), 404);
		page(get("/okrs/objectives/not-a-uuid"), 400);
	}

}
