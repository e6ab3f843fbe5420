package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The delivery pages rendered by the whole application: landing, board and its htmx
 * fragment, moves by plain form and by htmx, the list with filters, the item page with a
 * safe description, its form with errors, French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class DeliveryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@Autowired
	Teams teams;

	@Autowired
	dev.tandem.org.People people;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user("delivery-pages@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
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

	private WorkItemView item(String title, TeamId team, String description) {
		return workItems.create(new WorkItemDetails(WorkItemKind.STORY, title, description, team, null, null, Set.of(),
				Set.of(), Set.of("ux")), "delivery-pages@example.com");
	}

	@Test
	void showsTheTeamsBoardWithAColumnPerStateAndItsFragmentForHtmx() throws Exception {
		var team = team("Board");
		var item = item("Pay by card", team, null);
		workflow.transition(item.id(), WorkflowState.IN_PROGRESS, WorkflowState.BACKLOG, null, null);

		var html = page(get("/delivery/teams/" + team), 200);
		var fragment = page(get("/delivery/teams/" + team).header("HX-Request", "true"), 200);

		assertThat(html).contains("<html", "id=\"column-BACKLOG\"", "id=\"column-RELEASED\"", "Pay by card",
				"Work in progress: 1", "id=\"next-" + item.id() + "\"", "id=\"back-" + item.id() + "\"");
		assertThat(fragment).doesNotContain("<html").contains("id=\"delivery-board\"", "Pay by card");
		assertThat(page(get("/delivery"), 200)).contains("/delivery/teams/" + team);
	}

	@Test
	void movesACardByPlainFormAndByHtmx() throws Exception {
		var team = team("Moves");
		var item = item("Reorder", team, null);

		mvc.perform(post("/delivery/items/" + item.id() + "/transitions").param("fromState", "BACKLOG")
			.param("to", "READY")
			.with(user("delivery-pages@example.com").roles("MEMBER"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var fragment = page(post("/delivery/items/" + item.id() + "/transitions").param("fromState", "READY")
			.param("to", "IN_PROGRESS")
			.header("HX-Request", "true"), 200);
		var stale = page(post("/delivery/items/" + item.id() + "/transitions").param("fromState", "READY")
			.param("to", "IN_REVIEW"), 409);

		assertThat(fragment).doesNotContain("<html");
		assertThat(fragment.substring(fragment.indexOf("id=\"column-IN_PROGRESS\""))).contains("Reorder");
		assertThat(stale).contains("id=\"stale\"");
		assertThat(page(get("/delivery/items/" + item.id()), 200)).contains("data-state=\"IN_PROGRESS\"");
	}

	@Test
	void rendersTheDescriptionAsMarkdownWithoutLiveMarkup() throws Exception {
		var team = team("Markdown");
		var item = item("Careful", team,
				"**Bold** text\n\n<script>window.pwned=1</script>\n\n<img src=x onerror=\"window.pwned=1\">");

		var html = page(get("/delivery/items/" + item.id()), 200);

		assertThat(html).contains("<strong>Bold</strong>", "&lt;script&gt;")
			.doesNotContain("<script>window.pwned", "<img src=\"x\"", "<img src=x");
	}

	@Test
	void listsItemsFilteredByTeamAndState() throws Exception {
		var team = team("List");
		item("Listed one", team, null);
		var moved = item("Listed two", team, null);
		workflow.transition(moved.id(), WorkflowState.READY, WorkflowState.BACKLOG, null, null);

		var html = page(get("/delivery/items").param("team", team.toString()).param("state", "READY"), 200);

		assertThat(html).contains("Listed two").doesNotContain("Listed one");
		assertThat(page(get("/delivery/items").param("team", "nope"), 200)).contains("id=\"bad-filter\"");
	}

	@Test
	void reShowsTheFormWithTranslatedErrorsAndWhatWasTyped() throws Exception {
		var team = team("Forms");

		var html = page(post("/delivery/items").param("kind", "STORY")
			.param("title", "Kept title")
			.param("teamId", java.util.UUID.randomUUID().toString())
			.locale(Locale.FRENCH), 400);

		assertThat(html).contains("aucune équipe n’a cet identifiant", "Kept title", "Nouvel élément");
		assertThat(page(get("/delivery/teams/" + team).locale(Locale.FRENCH), 200)).contains("En cours", "Livré");
	}

	@Test
	void estimatesFromTheItemPageAndShowsTheFlagAndTheTeamsShare() throws Exception {
		var team = team("Estimates");
		var item = item("To size", team, null);
		var developer = people.create("Dev " + Unique.suffix(), Unique.email("dev"), null);

		mvc.perform(post("/delivery/items/" + item.id() + "/estimate").param("size", "M")
			.param("participants", developer.id().toString())
			.param("version", String.valueOf(item.version()))
			.with(user("delivery-pages@example.com").roles("MEMBER"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var refused = page(post("/delivery/items/" + item.id() + "/estimate").param("points", "3")
			.param("size", "S")
			.param("participants", developer.id().toString())
			.param("version", String.valueOf(item.version() + 1))
			.locale(Locale.FRENCH), 400);

		assertThat(page(get("/delivery/items/" + item.id()), 200)).contains("id=\"estimate-without-qa\"", "3 points");
		assertThat(refused).contains("indiquez soit des points, soit une taille");
		assertThat(page(get("/delivery/teams/" + team), 200)).contains("100% of estimates made without QA (1 of 1)");
	}

	@Test
	void refusesADependencyLoopOnTheItemPageAndNamesIt() throws Exception {
		var team = team("Loops");
		var a = item("Loop A", team, null);
		var b = item("Loop B", team, null);
		mvc.perform(post("/delivery/items/" + b.id() + "/blocked-by").param("blocker", a.id().toString())
			.with(user("delivery-pages@example.com").roles("MEMBER"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		var html = page(post("/delivery/items/" + a.id() + "/blocked-by").param("blocker", b.id().toString()), 400);

		assertThat(html).contains("id=\"blocker-error\"", "would make a loop", "Loop A", "Loop B");
		assertThat(page(get("/delivery/items/" + b.id()), 200)).contains("id=\"unblock-" + a.id() + "\"");
	}

}
