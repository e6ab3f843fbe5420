package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The roadmap pages rendered by the whole application: the board and its htmx fragment,
 * moves by plain form and by htmx, the item page and its form, French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class RoadmapPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	RoadmapQueries queries;

	@Autowired
	Teams teams;

	@Autowired
	People people;

	@Autowired
	Objectives objectives;

	@Autowired
	ObjectiveDirectory directory;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user("roadmap-pages@example.com").roles("MEMBER")).with(csrf()))
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

	private ObjectiveId objective(String title) {
		var owner = people.create("Owner " + Unique.suffix(), Unique.email("owner"), null);
		return objectives
			.create(new ObjectiveDetails(title, null, directory.currentQuarter(), ObjectiveLevel.COMPANY, owner.id(),
					null, null, null))
			.id();
	}

	private RoadmapItemView item(String title, Lane lane, TeamId team, ObjectiveId... objectives) {
		return planning.create(
				new RoadmapItemDetails(title, "A problem", "An outcome", "A measure", Set.of(team), Set.of(objectives)),
				lane, null);
	}

	@Test
	void showsTheFourLanesWithTheirItemsAndMarksItemsThatServeNoObjective() throws Exception {
		var team = team("Board");
		var grow = objective("Grow repeat orders " + Unique.suffix());
		var aligned = item("Saved baskets", Lane.NOW, team, grow);
		var unaligned = item("Dark mode", Lane.VISION, team);

		var html = page(get("/roadmap").param("team", team.toString()), 200);

		assertThat(html).contains("<nav", "id=\"lane-NOW\"", "id=\"lane-NEXT\"", "id=\"lane-LATER\"",
				"id=\"lane-VISION\"", "id=\"board-filter\"", "href=\"/roadmap/items/new?lane=LATER\"", "Saved baskets",
				"Dark mode", "Grow repeat orders", "(" + directory.currentQuarter() + ")");
		assertThat(html).contains("id=\"move-NOW-" + unaligned.id() + "\"", "id=\"move-VISION-" + aligned.id() + "\"");
		assertThat(html.split("class=\"badge text-bg-warning roadmap-not-aligned\"", -1)).hasSize(2);
		var unalignedCard = html.substring(html.indexOf("id=\"item-" + unaligned.id() + "\""));
		assertThat(unalignedCard.substring(0, unalignedCard.indexOf("roadmap-moves"))).contains("roadmap-not-aligned");
		assertThat(html).contains("method=\"post\"", "hx-post=\"/roadmap/items/" + aligned.id() + "/move\"",
				"name=\"_csrf\"");
	}

	@Test
	void answersAnHtmxBoardRequestWithTheBoardOnly() throws Exception {
		var team = team("Fragment");
		item("Only the board", Lane.LATER, team);

		var html = page(get("/roadmap").param("team", team.toString()).header("HX-Request", "true"), 200);

		assertThat(html.strip()).startsWith("<div id=\"roadmap-board\"").doesNotContain("<nav", "board-filter");
		assertThat(html).contains("Only the board");
	}

	@Test
	void movesAnItemWithAPlainFormAndRedirectsBackToTheFilteredBoard() throws Exception {
		var team = team("Plain");
		var item = item("Plain move", Lane.NEXT, team);

		var result = mvc
			.perform(post("/roadmap/items/" + item.id() + "/move").with(user("plain@example.com").roles("MEMBER"))
				.with(csrf())
				.param("lane", "NOW")
				.param("version", String.valueOf(item.version()))
				.param("team", team.toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/roadmap?team=" + team + "#item-" + item.id());
		assertThat(queries.item(item.id()).lane()).isEqualTo(Lane.NOW);
	}

	@Test
	void movesAnItemWithHtmxAndAnswersWithTheBoardShowingItInItsNewPlace() throws Exception {
		var team = team("Htmx");
		var first = item("First", Lane.NEXT, team);
		var second = item("Second", Lane.NEXT, team);

		var html = page(post("/roadmap/items/" + second.id() + "/move").header("HX-Request", "true")
			.param("lane", "NEXT")
			.param("position", String.valueOf(first.position()))
			.param("version", String.valueOf(second.version()))
			.param("team", team.toString()), 200);

		assertThat(html.strip()).startsWith("<div id=\"roadmap-board\"").doesNotContain("<nav");
		assertThat(html.indexOf("id=\"item-" + second.id() + "\""))
			.isLessThan(html.indexOf("id=\"item-" + first.id() + "\""));
		assertThat(html).contains("autofocus");
		assertThat(queries.byTeam(team)).extracting(RoadmapItemView::title).containsExactly("Second", "First");
	}

	@Test
	void tellsThatTheItemChangedWhenAMoveIsStale() throws Exception {
		var team = team("Stale");
		var item = item("Stale move", Lane.LATER, team);
		planning.move(item.id(), item.version(), Lane.NOW, null);

		var plain = page(post("/roadmap/items/" + item.id() + "/move").param("lane", "VISION")
			.param("version", String.valueOf(item.version())), 409);
		var htmx = page(post("/roadmap/items/" + item.id() + "/move").header("HX-Request", "true")
			.param("lane", "VISION")
			.param("version", String.valueOf(item.version())), 200);

		assertThat(plain).contains("id=\"stale\"", "<nav");
		assertThat(htmx).contains("id=\"stale\"").doesNotContain("<nav");
		assertThat(queries.item(item.id()).lane()).isEqualTo(Lane.NOW);
	}

	@Test
	void showsAnItemWithItsObjectivesTeamsAndHistory() throws Exception {
		var team = team("Item page");
		var grow = objective("Grow loyalty " + Unique.suffix());
		var item = item("Loyalty points", Lane.NEXT, team, grow);
		planning.move(item.id(), item.version(), Lane.NOW, null);

		var html = page(get("/roadmap/items/" + item.id()), 200);

		assertThat(html).contains("id=\"item-title\">Loyalty points<", "href=\"/okrs/objectives/" + grow + "\"",
				"Grow loyalty", directory.currentQuarter().label(), "A problem", "An outcome", "A measure",
				"Moved “Loyalty points” from Next to Now", "id=\"item-form\"", "for=\"title\"", "for=\"problem\"",
				"for=\"outcome\"", "for=\"measure\"", "for=\"teamIds\"", "for=\"objectiveIds\"", "data-lane=\"NOW\"");
		assertThat(html).doesNotContain("roadmap-not-aligned\" id=\"item-not-aligned\"");
	}

	@Test
	void reShowsTheEditFormWithWhatWasTypedWhenATitleIsTooLong() throws Exception {
		var team = team("Edit");
		var item = item("Editable", Lane.LATER, team);

		var html = page(post("/roadmap/items/" + item.id()).param("title", "t".repeat(201))
			.param("problem", "Typed problem")
			.param("teamIds", team.toString())
			.param("version", String.valueOf(item.version())), 400);

		assertThat(html).contains("id=\"title-error\"", "Typed problem");
		assertThat(queries.item(item.id()).title()).isEqualTo("Editable");
	}

	@Test
	void offersTheLaneChosenOnTheBoardInTheNewItemForm() throws Exception {
		var html = page(get("/roadmap/items/new").param("lane", "VISION"), 200);

		assertThat(html).contains("<option value=\"VISION\" selected=\"selected\">Vision</option>", "for=\"title\"",
				"for=\"teamIds\"");
	}

	@Test
	void createsAnItemFromTheFormAndRedirectsToIt() throws Exception {
		var team = team("Create");
		var title = "From the form " + Unique.suffix();

		var result = mvc
			.perform(post("/roadmap/items").with(user("creator@example.com").roles("MEMBER"))
				.with(csrf())
				.param("title", title)
				.param("teamIds", team.toString())
				.param("lane", "VISION"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/roadmap/items/");
		assertThat(queries.byTeam(team)).extracting(RoadmapItemView::title, RoadmapItemView::lane)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(title, Lane.VISION));
		var refused = page(post("/roadmap/items").param("title", "").param("lane", "SOMEDAY"), 400);
		assertThat(refused).contains("id=\"title-error\"", "id=\"teamIds-error\"", "id=\"lane-error\"");
	}

	@Test
	void speaksFrench() throws Exception {
		var team = team("Français");
		item("En français", Lane.NOW, team);

		var html = page(get("/roadmap").param("team", team.toString()).param("lang", "fr"), 200);

		assertThat(html).contains("Feuille de route", "Maintenant", "Non aligné", "Vers Ensuite");
	}

}
