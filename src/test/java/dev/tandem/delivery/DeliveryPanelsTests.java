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

import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Delivery's sections on the roadmap item page and on the team page, on H2 and
 * PostgreSQL: the work serving a roadmap item and its features that need several teams; a
 * team's flow, debt and estimation habits at a glance.
 */
abstract class DeliveryPanelsTests {

	private static final String ME = "delivery-panels@example.com";

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	People people;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@Autowired
	Estimation estimation;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	DeliveryAtAGlance glance;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var html = mvc.perform(request.with(user(ME).roles("VIEWER")))
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

	private WorkItemView item(WorkItemKind kind, String title, TeamId team, WorkItemId parent,
			RoadmapItemId roadmapItem) {
		return workItems.create(
				new WorkItemDetails(kind, title, null, team, parent, roadmapItem, Set.of(), Set.of(), Set.of()), ME);
	}

	private void moveTo(WorkItemView item, WorkflowState target) {
		var from = WorkflowState.BACKLOG;
		while (from != target) {
			workflow.transition(item.id(), from.next(), from, null, ME);
			from = from.next();
		}
	}

	@Test
	void theRoadmapItemPageShowsItsWorkByStateAndFlagsAFeatureThatNeedsSeveralTeams() throws Exception {
		var web = team("Web");
		var apps = team("Apps");
		var roadmapItem = planning
			.create(new RoadmapItemDetails("Loyalty " + Unique.suffix(), null, null, null, Set.of(web), Set.of()),
					Lane.NEXT, null)
			.id();
		var feature = item(WorkItemKind.FEATURE, "Loyalty card", web, null, roadmapItem);
		item(WorkItemKind.STORY, "Card in the app", apps, feature.id(), null);
		var started = item(WorkItemKind.STORY, "Points ledger", web, null, roadmapItem);
		moveTo(started, WorkflowState.IN_PROGRESS);
		var done = item(WorkItemKind.BUG, "Rounding of points", web, null, roadmapItem);
		moveTo(done, WorkflowState.DONE);

		var html = page(get("/roadmap/items/" + roadmapItem));
		var french = page(get("/roadmap/items/" + roadmapItem).locale(Locale.FRENCH));

		assertThat(html).contains("id=\"delivery-panel\"", "href=\"/delivery/items?roadmapItem=" + roadmapItem + "\"",
				"All 3 work items", "href=\"/delivery/items/" + started.id() + "\"", "Points ledger",
				"Rounding of points", "id=\"delivery-panel-feature-" + feature.id() + "\"", "needs 2 teams");
		assertThat(between(html, "id=\"delivery-count-IN_PROGRESS\"", "</li>")).contains(">1<");
		assertThat(between(html, "id=\"delivery-count-BACKLOG\"", "</li>")).contains(">1<");
		assertThat(between(html, "id=\"delivery-count-DONE\"", "</li>")).contains(">1<");
		assertThat(french).contains("Livraison", "demande 2 équipes");
	}

	@Test
	void aRoadmapItemWithoutWorkSaysSo() throws Exception {
		var roadmapItem = planning
			.create(new RoadmapItemDetails("Quiet " + Unique.suffix(), null, null, null, Set.of(team("Quiet")),
					Set.of()), Lane.LATER, null)
			.id();

		assertThat(page(get("/roadmap/items/" + roadmapItem))).contains("id=\"delivery-panel-empty\"",
				"No work items serve this roadmap item yet.");
	}

	@Test
	void theTeamPageShowsTheTeamsDeliveryAtAGlance() throws Exception {
		var team = team("Glance");
		var partner = team("Partner");
		var feature = item(WorkItemKind.FEATURE, "Gift wrap", team, null, null);
		item(WorkItemKind.STORY, "Gift wrap in the apps", partner, feature.id(), null);
		moveTo(item(WorkItemKind.STORY, "Wrapping paper picker", team, null, null), WorkflowState.IN_REVIEW);
		var debt = workItems.create(new WorkItemDetails(WorkItemKind.DEBT, "Old wrapping code", null, team, null, null,
				Set.of(), Set.of(), Set.of()), new DebtCost(new BigDecimal("8"), BigDecimal.ONE), ME);
		moveTo(debt, WorkflowState.DONE);
		var estimated = item(WorkItemKind.STORY, "Estimated without QA", team, null, null);
		var estimator = people.create("Estimator " + Unique.suffix(), Unique.email("estimator"), null).id();
		estimation.estimate(estimated.id(), estimated.version(), 3, null, Set.of(estimator));

		var html = page(get("/org/teams/" + team));

		assertThat(html).contains("id=\"delivery-team-panel\"", "href=\"/delivery/teams/" + team + "\"",
				"href=\"/delivery/teams/" + team + "/throughput\"", "href=\"/delivery/teams/" + team + "/debt\"",
				"id=\"delivery-team-wip\">1<", "id=\"delivery-team-finished\">1<", "100 % (budget 20 %)",
				"id=\"delivery-team-over-budget\"", "100% of estimates made without QA (1 of 1)",
				"id=\"delivery-team-feature-" + feature.id() + "\"", "needs 2 teams");
		assertThat(page(get("/org/teams/" + partner))).contains("id=\"delivery-team-feature-" + feature.id() + "\"")
			.doesNotContain("id=\"delivery-team-over-budget\"");
		assertThat(page(get("/org/teams/" + team).locale(Locale.FRENCH))).contains("Travail en cours",
				"Budget dépassé");
	}

	@Test
	void theTeamGlanceMatchesTheDebtPageAndTheBoard() {
		var team = team("Consistent");
		moveTo(item(WorkItemKind.STORY, "Shipped", team, null, null), WorkflowState.DONE);
		moveTo(item(WorkItemKind.STORY, "Started", team, null, null), WorkflowState.IN_PROGRESS);

		var seen = glance.team(team);

		assertThat(seen.wip()).isEqualTo(1);
		assertThat(seen.finishedLastFourWeeks()).isEqualTo(1);
		assertThat(seen.debt().overBudget()).isFalse();
		assertThat(seen.debt().lastFourWeeks().itemPercent()).isZero();
		assertThat(seen.withoutQa().estimated()).isZero();
		assertThat(seen.crossTeamFeatures()).isEmpty();
	}

	private static String between(String html, String start, String end) {
		var from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return html.substring(from, html.indexOf(end, from));
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnH2
	static class OnH2Tests extends DeliveryPanelsTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnPostgres
	static class OnPostgresTests extends DeliveryPanelsTests {

	}

}
