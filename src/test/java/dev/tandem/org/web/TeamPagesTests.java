package dev.tandem.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.org.Groups;
import dev.tandem.org.MemberView;
import dev.tandem.org.OrgWarning;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonRef;
import dev.tandem.org.PersonSummary;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.web.PagePanels;
import dev.tandem.web.Navigation;

@WebMvcTest(TeamPages.class)
@Import({ Navigation.class, PagePanels.class })
class TeamPagesTests {

	@Autowired
	MockMvc mvc;

	/**
	 * Needed by identity's signed-in-user argument resolver, which every MVC slice picks
	 * up.
	 */
	@MockitoBean
	dev.tandem.identity.Accounts accounts;

	@MockitoBean
	Teams teams;

	@MockitoBean
	People people;

	@MockitoBean
	Groups groups;

	private final TeamId teamId = TeamId.random();

	private final PersonId grace = PersonId.random();

	private TeamView team(List<MemberView> members, List<OrgWarning> warnings) {
		return new TeamView(teamId, "Checkout", "Let people pay", TeamKind.COMPONENT, List.of(Skill.BACK_END, Skill.UX),
				null, null, null, members, warnings, 4);
	}

	@BeforeEach
	void someone() {
		given(people.all())
			.willReturn(List.of(new PersonSummary(grace, "Grace", "grace@example.com", null, List.of(), 0, 0)));
		given(groups.all()).willReturn(List.of());
	}

	private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(user("member@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void showsTheTeamWithItsWarningsAndEditForm() throws Exception {
		given(teams.get(teamId)).willReturn(team(List.of(), List.of(new OrgWarning(OrgWarning.Kind.COMPONENT_TEAM, ""),
				new OrgWarning(OrgWarning.Kind.MISSING_SKILL, "UX"))));

		var html = html(get("/org/teams/" + teamId), 200);

		assertThat(html).contains("<h1 class=\"h3 mb-0\" id=\"team-name\">Checkout</h1>",
				"data-warning=\"component-team\"", "data-warning=\"missing-skill\"", "name=\"version\" value=\"4\"",
				"id=\"productManagerId\"", "id=\"leadDeveloperId\"", "id=\"allocationPercent\"", "for=\"personId\"");
	}

	@Test
	void answersAnHtmxMemberRequestWithTheLiveFragmentOnly() throws Exception {
		given(teams.get(teamId)).willReturn(team(
				List.of(new MemberView(new PersonRef(grace, "Grace"), List.of(Skill.BACK_END), 120, 120)), List.of()));

		var html = html(post("/org/teams/" + teamId + "/members").header("HX-Request", "true")
			.param("personId", grace.toString())
			.param("skills", "BACK_END")
			.param("allocationPercent", "100"), 200);

		assertThat(html.strip()).startsWith("<div id=\"team-live\"")
			.doesNotContain("<nav")
			.contains("Grace", "data-warning=\"over-allocated\"", "id=\"team-history\" hx-swap-oob=\"true\"",
					"id=\"team-version\" name=\"version\" value=\"4\" hx-swap-oob=\"true\"");
		then(teams).should().putMember(teamId, grace, Set.of(Skill.BACK_END), 100);
	}

	@Test
	void reShowsTheMemberFormWhenTheAllocationIsNotANumber() throws Exception {
		given(teams.get(teamId)).willReturn(team(List.of(), List.of()));

		var html = html(post("/org/teams/" + teamId + "/members").header("HX-Request", "true")
			.param("personId", grace.toString())
			.param("allocationPercent", "lots"), 200);

		assertThat(html).contains("id=\"allocationPercent-error\"", "value=\"lots\"");
		then(teams).should(never()).putMember(any(), any(), any(), anyInt());
	}

	@Test
	void reShowsTheNewTeamFormWithWhatWasTyped() throws Exception {
		var html = html(post("/org/teams").param("name", "x".repeat(201))
			.param("mission", "Typed mission")
			.param("kind", "PLATFORM")
			.param("productManagerId", grace.toString()), 400);

		assertThat(html).contains("id=\"name-error\"", "Typed mission",
				"<option value=\"" + grace + "\" selected=\"selected\">Grace</option>");
		then(teams).should(never()).create(any());
	}

	@Test
	void redirectsToTheNewTeamOnceCreated() throws Exception {
		given(teams.create(any())).willReturn(team(List.of(), List.of()));

		mvc.perform(post("/org/teams").with(user("member@example.com").roles("MEMBER"))
			.with(csrf())
			.param("name", "Checkout")
			.param("kind", "COMPONENT")
			.param("neededSkills", "BACK_END", "UX"))
			.andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/org/teams/" + teamId));
		then(teams).should()
			.create(eq(new dev.tandem.org.TeamDetails("Checkout", null, TeamKind.COMPONENT,
					Set.of(Skill.BACK_END, Skill.UX), null, null, null)));
	}

}
