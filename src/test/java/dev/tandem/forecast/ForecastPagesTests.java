package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.OkrSettings;
import dev.tandem.roadmap.Lane;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;

/**
 * Where forecasts show, rendered by the whole application on H2 and PostgreSQL: "85 % by
 * <date>" and the distribution chart on roadmap items in Now and Next (not Later), the
 * team page's next items and commitment risk, the likelihood on the commitments page, in
 * English and French, and the settings page for administrators.
 */
abstract class ForecastPagesTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Commitments commitments;

	@Autowired
	OkrSettings okrSettings;

	@Autowired
	ForecastSettings settings;

	private ForecastFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ForecastFixtures(context);
	}

	private String page(MockHttpServletRequestBuilder request, String role, int status) throws Exception {
		var html = mvc.perform(request.with(user("forecast-pages@example.com").roles(role)).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	@Test
	void aRoadmapItemInNowShows85PercentByADateAndTheDistributionButLaterShowsNone() throws Exception {
		var team = fixtures.steadyTeam("Pages", 1);
		var now = fixtures.roadmapItem("Gift cards", Lane.NOW, team);
		var later = fixtures.roadmapItem("Someday maybe", Lane.LATER, team);
		fixtures.openWork(team, now, 4);
		fixtures.openWork(team, later, 4);
		var date = fixtures.today().plusDays(4);

		var html = page(get("/roadmap/items/" + now.id()), "VIEWER", 200);
		var french = page(get("/roadmap/items/" + now.id()).locale(Locale.FRENCH), "VIEWER", 200);
		var laterHtml = page(get("/roadmap/items/" + later.id()), "VIEWER", 200);

		assertThat(html).contains("id=\"forecast-panel\"", "85 % by " + DAY.format(date), "50 % by ", "95 % by ",
				"class=\"forecast-chart\"", "data-dates=\"" + date + "\"", "/js/forecast-chart.js",
				"A likelihood, not a promise.");
		assertThat(french).contains("85 % d’ici le");
		assertThat(laterHtml).doesNotContain("id=\"forecast-panel\"");
		var board = page(get("/roadmap"), "VIEWER", 200);
		var nowCard = board.substring(board.indexOf("id=\"item-" + now.id() + "\""));
		var laterCard = board.substring(board.indexOf("id=\"item-" + later.id() + "\""));
		assertThat(nowCard.substring(0, nowCard.indexOf("</li>"))).contains("85 % by " + DAY.format(date));
		assertThat(laterCard.substring(0, laterCard.indexOf("</li>"))).doesNotContain("85 % by");
	}

	@Test
	void aRoadmapItemWithoutHistorySaysSoInsteadOfADate() throws Exception {
		var quiet = fixtures.team("Quiet pages");
		var item = fixtures.roadmapItem("No history", Lane.NEXT, quiet);
		fixtures.openWork(quiet, item, 2);

		var html = page(get("/roadmap/items/" + item.id()), "VIEWER", 200);

		assertThat(html).contains("id=\"forecast-panel\"", "Not enough history").doesNotContain("85 % by");
	}

	@Test
	void theTeamPageForecastsItsNextItemsAndItsCommitments() throws Exception {
		var team = fixtures.steadyTeam("Team page", 1);
		var item = fixtures.roadmapItem("Committed work", Lane.NOW, team);
		fixtures.openWork(team, item, 3);
		var quarter = okrSettings.currentQuarter();
		commitments.add(team, quarter, 0,
				new CommitmentDetails("Ship it", null, item.id().value(), new BigDecimal("5")));
		var quarterEnd = okrSettings.calendar().lastDayOf(quarter);
		var percent = fixtures.today().plusDays(3).isAfter(quarterEnd) ? 0 : 100;

		var html = page(get("/org/teams/" + team), "VIEWER", 200);
		var commitmentsPage = page(get("/okrs/teams/" + team + "/" + quarter), "MEMBER", 200);

		assertThat(html).contains("id=\"forecast-panel\"", "Forecast: the next 10 items", "Only 3 items are open.",
				"85 % by " + DAY.format(fixtures.today().plusDays(3)), "Commitments " + quarter,
				percent + " % likely to finish by " + DAY.format(quarterEnd));
		assertThat(commitmentsPage).contains("id=\"commitment-risk\"",
				percent + " % likely to finish by " + DAY.format(quarterEnd));
	}

	@Test
	void administratorsChangeTheSettingsOnTheirPage() throws Exception {
		var current = settings.get();

		var form = page(get("/admin/forecasts"), "ADMIN", 200);
		var invalid = page(post("/admin/forecasts").param("windowWeeks", "0")
			.param("trials", "10000")
			.param("teamItems", "10")
			.param("scopeLowPercent", "100")
			.param("scopeHighPercent", "100")
			.param("splitLowPercent", "100")
			.param("splitHighPercent", "100")
			.param("version", String.valueOf(current.version())), "ADMIN", 400);
		var french = page(get("/admin/forecasts").locale(Locale.FRENCH), "ADMIN", 200);

		assertThat(form).contains("id=\"forecast-settings-form\"", "name=\"windowWeeks\" value=\"12\"",
				"/admin/forecasts");
		assertThat(invalid).contains("id=\"windowWeeks-error\"", "must be between 1 and 52");
		assertThat(french).contains("Réglages des prévisions");
		assertThat(settings.get()).isEqualTo(current);
		mvc.perform(post("/admin/forecasts").param("windowWeeks", "8")
			.param("trials", "5000")
			.param("teamItems", "12")
			.param("scopeLowPercent", "90")
			.param("scopeHighPercent", "120")
			.param("splitLowPercent", "100")
			.param("splitHighPercent", "130")
			.param("version", String.valueOf(current.version()))
			.with(user("forecast-admin@example.com").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var changed = settings.get();
		try {
			assertThat(changed.windowWeeks()).isEqualTo(8);
			assertThat(changed.scopeHighPercent()).isEqualTo(120);
			assertThat(changed.exactScope()).isFalse();
		}
		finally {
			restore(changed.version());
		}
	}

	private void restore(long version) throws Exception {
		var d = ForecastSettings.Settings.DEFAULTS;
		mvc.perform(post("/admin/forecasts").param("windowWeeks", String.valueOf(d.windowWeeks()))
			.param("trials", String.valueOf(d.trials()))
			.param("teamItems", String.valueOf(d.teamItems()))
			.param("scopeLowPercent", "100")
			.param("scopeHighPercent", "100")
			.param("splitLowPercent", "100")
			.param("splitHighPercent", "100")
			.param("version", String.valueOf(version))
			.with(user("forecast-admin@example.com").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnH2
	static class OnH2Tests extends ForecastPagesTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnPostgres
	static class OnPostgresTests extends ForecastPagesTests {

	}

}
