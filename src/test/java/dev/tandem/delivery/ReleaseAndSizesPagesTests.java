package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Recording a release and editing a team's t-shirt sizes from the pages, on H2 and
 * PostgreSQL: errors next to their fields, nothing changed on bad input, a stale edit
 * told as such.
 */
abstract class ReleaseAndSizesPagesTests {

	private static final String ME = "release-pages@example.com";

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@Autowired
	DeliveryQueries queries;

	@Autowired
	Estimation estimation;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user(ME).roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private TeamId team() {
		return teams
			.create(new TeamDetails("Releasers " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null, null,
					null))
			.id();
	}

	private WorkItemView done(TeamId team, String title) {
		var item = workItems.create(
				new WorkItemDetails(WorkItemKind.STORY, title, null, team, null, null, Set.of(), Set.of(), Set.of()),
				ME);
		var from = WorkflowState.BACKLOG;
		while (from != WorkflowState.DONE) {
			workflow.transition(item.id(), from.next(), from, null, ME);
			from = from.next();
		}
		return queries.item(item.id());
	}

	private WorkflowState state(WorkItemView item) {
		return queries.item(item.id()).state();
	}

	@Test
	void recordsAReleaseOfTheChosenDoneItemsAndTheBoardSaysSo() throws Exception {
		var team = team();
		var first = done(team, "Gift cards");
		var second = done(team, "Wish lists");
		var notChosen = done(team, "Coupons");

		var form = page(get("/delivery/teams/" + team + "/release"), 200);
		mvc.perform(post("/delivery/teams/" + team + "/release").param("name", " 2.4 ")
			.param("itemIds", first.id().toString(), second.id().toString())
			.with(user(ME).roles("MEMBER"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/delivery/teams/" + team))
			.andExpect(flash().attributeExists("released"));

		assertThat(form).contains("id=\"release-item-" + first.id() + "\"", "Coupons", "id=\"release-name\"");
		assertThat(state(first)).isEqualTo(WorkflowState.RELEASED);
		assertThat(state(second)).isEqualTo(WorkflowState.RELEASED);
		assertThat(state(notChosen)).isEqualTo(WorkflowState.DONE);
		assertThat(page(get("/delivery/teams/" + team + "/release"), 200)).contains("Coupons")
			.doesNotContain("Gift cards");
		assertThat(page(get("/delivery/teams/" + team), 200)).contains("id=\"release-link\"", "id=\"sizes-link\"",
				"id=\"throughput-link\"");
	}

	@Test
	void aReleaseWithoutNameOrItemsOrWithAnItemNoLongerDoneIsRefusedNextToItsFieldAndChangesNothing() throws Exception {
		var team = team();
		var item = done(team, "Gift cards");
		var movedBack = done(team, "Wish lists");
		workflow.transition(movedBack.id(), WorkflowState.IN_REVIEW, WorkflowState.DONE, null, ME);

		var noName = page(post("/delivery/teams/" + team + "/release").param("itemIds", item.id().toString()), 400);
		var noItems = page(post("/delivery/teams/" + team + "/release").param("name", "2.5").locale(Locale.FRENCH),
				400);
		var stale = page(post("/delivery/teams/" + team + "/release").param("name", "2.5")
			.param("itemIds", item.id().toString(), movedBack.id().toString()), 400);
		var garbage = page(post("/delivery/teams/" + team + "/release").param("name", "2.5").param("itemIds", "x"),
				400);

		assertThat(noName).contains("id=\"name-error\"", "is required", "checked");
		assertThat(noItems).contains("id=\"itemIds-error\"", "indiquez au moins un élément terminé", "value=\"2.5\"");
		assertThat(stale).contains("id=\"itemIds-error\"", "only done items can be released: Wish lists");
		assertThat(garbage).contains("id=\"itemIds-error\"");
		assertThat(state(item)).isEqualTo(WorkflowState.DONE);
		assertThat(state(movedBack)).isEqualTo(WorkflowState.IN_REVIEW);
	}

	@Test
	void changesTheTeamsSizesFromTheVersionRead() throws Exception {
		var team = team();

		var form = page(get("/delivery/teams/" + team + "/sizes"), 200);
		mvc.perform(post("/delivery/teams/" + team + "/sizes").param("xs", "1")
			.param("s", "2")
			.param("m", "4")
			.param("l", "8")
			.param("xl", "16")
			.param("version", "0")
			.with(user(ME).roles("MEMBER"))
			.with(csrf())).andExpect(redirectedUrl("/delivery/teams/" + team + "/sizes?saved"));

		assertThat(form).contains("id=\"size-m\"", "value=\"3\"", "name=\"version\" value=\"0\"");
		assertThat(estimation.sizes(team)).isEqualTo(new SizeScale(1, 2, 4, 8, 16));
		assertThat(page(get("/delivery/teams/" + team + "/sizes?saved"), 200)).contains("id=\"sizes-saved\"",
				"name=\"version\" value=\"1\"", "value=\"16\"");
	}

	@Test
	void badSizesAreShownNextToTheirFieldsAndAStaleEditIsToldAndNothingChanges() throws Exception {
		var team = team();
		estimation.changeSizes(team, new SizeScale(1, 2, 3, 5, 8), 0);

		var notNumbers = page(post("/delivery/teams/" + team + "/sizes").param("xs", "one")
			.param("s", "2")
			.param("m", "3")
			.param("l", "")
			.param("xl", "8")
			.param("version", "1"), 400);
		var shrinking = page(post("/delivery/teams/" + team + "/sizes").param("xs", "5")
			.param("s", "2")
			.param("m", "3")
			.param("l", "5")
			.param("xl", "8")
			.param("version", "1")
			.locale(Locale.FRENCH), 400);
		var stale = page(post("/delivery/teams/" + team + "/sizes").param("xs", "1")
			.param("s", "2")
			.param("m", "3")
			.param("l", "5")
			.param("xl", "13")
			.param("version", "0"), 409);

		assertThat(notNumbers).contains("id=\"xs-error\"", "id=\"l-error\"", "must be a number", "value=\"one\"")
			.doesNotContain("id=\"m-error\"");
		assertThat(shrinking).contains("id=\"sizes-error\"", "doivent croître de XS à XL");
		assertThat(stale).contains("id=\"sizes-stale\"", "name=\"version\" value=\"1\"");
		assertThat(estimation.teamSizes(team))
			.isEqualTo(new Estimation.TeamSizes(team, new SizeScale(1, 2, 3, 5, 8), 1));
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnH2
	static class OnH2Tests extends ReleaseAndSizesPagesTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnPostgres
	static class OnPostgresTests extends ReleaseAndSizesPagesTests {

	}

}
