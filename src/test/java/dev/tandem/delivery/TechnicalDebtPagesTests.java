package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * A team's debt page in English and French: sums, the budget, over budget, the chart's
 * data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class TechnicalDebtPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var html = mvc.perform(request.with(user("debt-pages@example.com").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private TeamId team(String name) {
		return teams
			.create(new TeamDetails(name + " " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
	}

	private WorkItemView debt(TeamId team, String title, String principal, String interest) {
		return workItems.create(
				new WorkItemDetails(WorkItemKind.DEBT, title, null, team, null, null, Set.of(), Set.of(), Set.of()),
				new DebtCost(new BigDecimal(principal), new BigDecimal(interest)), "debt-pages@example.com");
	}

	@Test
	void showsOpenPrincipalWeeklyInterestAndTheShareOverBudget() throws Exception {
		var team = team("Indebted");
		debt(team, "Old ORM", "16", "2.5");
		var done = debt(team, "Dead code", "8", "1");
		var from = WorkflowState.BACKLOG;
		for (var to : new WorkflowState[] { WorkflowState.READY, WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW,
				WorkflowState.DONE }) {
			workflow.transition(done.id(), to, from, null, "debt-pages@example.com");
			from = to;
		}

		var html = page(get("/delivery/teams/" + team + "/debt"));

		assertThat(html).contains("id=\"debt-principal\">16.0 h", "id=\"debt-interest\">2.5 h",
				"id=\"debt-over-budget\"", "class=\"debt-chart\"", "data-budget=\"20\"", "/js/debt-chart.js",
				"1 of 1 items (100 %)");
		assertThat(page(get("/delivery/teams/" + team + "/debt").locale(Locale.FRENCH))).contains("Dette technique",
				"Budget dépassé", "Intérêt par semaine");
	}

	@Test
	void theItemFormTakesPrincipalAndInterestForDebtAndRefusesThemForAStory() throws Exception {
		var team = team("Form debt");

		var refused = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/delivery/items")
				.param("kind", "STORY")
				.param("title", "Not debt")
				.param("teamId", team.toString())
				.param("principalHours", "3")
				.locale(Locale.FRENCH)
				.with(user("debt-pages@example.com").roles("MEMBER"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/delivery/items")
			.param("kind", "DEBT")
			.param("title", "Debt by form " + Unique.suffix())
			.param("teamId", team.toString())
			.param("principalHours", "12,5")
			.param("interestHours", "2")
			.with(user("debt-pages@example.com").roles("MEMBER"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(refused).contains("id=\"principalHours-error\"",
				"seuls les éléments de type DETTE ont un principal ou un intérêt", "value=\"3\"");
		assertThat(page(get("/delivery/teams/" + team + "/debt"))).contains("id=\"debt-principal\">12.5 h");
	}

	@Test
	void aMemberSetsTheBudgetOnThePageAndAnOutOfRangeValueIsShownWithItsError() throws Exception {
		var team = team("Budget page");
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		var member = user("debt-pages@example.com").roles("MEMBER");

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/delivery/teams/" + team + "/debt/budget")
			.param("percent", "35")
			.param("version", "0")
			.with(member)
			.with(csrf)).andExpect(status().is3xxRedirection());
		var refused = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/delivery/teams/" + team + "/debt/budget")
				.param("percent", "150")
				.param("version", "1")
				.locale(Locale.FRENCH)
				.with(member)
				.with(csrf))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page(get("/delivery/teams/" + team + "/debt"))).contains("id=\"debt-budget\">35 %");
		assertThat(refused).contains("id=\"budget-percent-error\"", "value=\"150\"");
	}

	@Test
	void aTeamWithoutFinishedWorkIsWithinBudgetWithNoData() throws Exception {
		var team = team("Clean");

		assertThat(page(get("/delivery/teams/" + team + "/debt"))).contains("id=\"debt-within-budget\"", "No data");
		assertThat(page(get("/delivery/teams/" + team))).contains("href=\"/delivery/teams/" + team + "/debt\"");
	}

}
