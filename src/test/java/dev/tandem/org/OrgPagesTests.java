package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The organisation pages rendered by the whole application: forms, warnings, htmx
 * fragments, French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class OrgPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	Groups groups;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var result = mvc.perform(request.with(user("page-tester@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn();
		var html = result.getResponse().getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private PersonView person(String name, HatKind hat) {
		var person = people.create(name, Unique.email("page"), null);
		if (hat != null) {
			people.startHat(person.id(), hat, LocalDate.of(2025, 1, 1), null);
		}
		return person;
	}

	@Test
	void showsEveryTeamByGroupWithItsDuoAndAWarningForEachMissingSkill() throws Exception {
		var pm = person("Paula PM", HatKind.PRODUCT_MANAGER);
		var group = groups.create(new GroupDetails("Commerce " + Unique.suffix(), null, null, null));
		var team = teams.create(new TeamDetails("Basket " + Unique.suffix(), "Fill the basket", TeamKind.STREAM_ALIGNED,
				Set.of(Skill.BACK_END, Skill.UX), pm.id(), null, group.id()));
		var stack = teams.create(new TeamDetails("Frontend guild " + Unique.suffix(), null, TeamKind.COMPONENT,
				Set.of(), null, null, null));

		var html = page(get("/org"), 200);

		assertThat(html).contains(group.name(), team.name(), stack.name(), "Paula PM")
			.contains("data-warning=\"missing-skill\"", "data-warning=\"missing-lead-developer\"",
					"data-warning=\"component-team\"", "data-warning=\"missing-product-director\"")
			.contains("class=\"org-warning");
	}

	@Test
	void createsATeamFromTheFormAndRedirectsToItsPage() throws Exception {
		var name = "Search " + Unique.suffix();
		var result = mvc
			.perform(post("/org/teams").with(user("page-tester@example.com").roles("MEMBER"))
				.with(csrf())
				.param("name", name)
				.param("mission", "Find")
				.param("kind", "PLATFORM")
				.param("neededSkills", "BACK_END", "rust, go"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		var location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/org/teams/");
		var html = page(get(location), 200);
		assertThat(html).contains(name, "Rust", "Go", "data-warning=\"missing-skill\"", "id=\"members-title\"",
				"team.created");
	}

	@Test
	void reShowsTheTeamFormWithFieldErrorsAndWhatWasTyped() throws Exception {
		var html = page(post("/org/teams").param("name", "")
			.param("mission", "Keep this mission")
			.param("kind", "PLATFORM")
			.param("neededSkills", "<oops>", "QA"), 400);

		assertThat(html).contains("id=\"name-error\"", "id=\"neededSkills-error\"", "Keep this mission", "is-invalid")
			.contains("value=\"QA\" checked");
	}

	@Test
	void addsAMemberInPlaceWithHtmx() throws Exception {
		var dev = person("Hedy Htmx", null);
		var team = teams.create(new TeamDetails("Htmx " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED,
				Set.of(Skill.FRONT_END), null, null, null));

		var fragment = page(post("/org/teams/" + team.id() + "/members").header("HX-Request", "true")
			.param("personId", dev.id().toString())
			.param("skills", "FRONT_END")
			.param("allocationPercent", "50"), 200);

		assertThat(fragment).doesNotContain("<html")
			.contains("id=\"team-live\"", "Hedy Htmx")
			.doesNotContain("data-warning=\"missing-skill\"");
		assertThat(teams.get(team.id()).members()).hasSize(1);
	}

	@Test
	void showsMemberErrorsInTheFragmentAndAddsNobody() throws Exception {
		var dev = person("Ivy Invalid", null);
		var team = teams
			.create(new TeamDetails("Invalid " + Unique.suffix(), null, TeamKind.PLATFORM, Set.of(), null, null, null));

		var fragment = page(post("/org/teams/" + team.id() + "/members").header("HX-Request", "true")
			.param("personId", dev.id().toString())
			.param("allocationPercent", "150"), 200);

		assertThat(fragment).contains("id=\"allocationPercent-error\"", "value=\"150\"");
		assertThat(teams.get(team.id()).members()).isEmpty();
	}

	@Test
	void refusesAStaleTeamEditWithAConflict() throws Exception {
		var team = teams
			.create(new TeamDetails("Stale " + Unique.suffix(), null, TeamKind.PLATFORM, Set.of(), null, null, null));
		teams.update(team.id(), team.version(),
				new TeamDetails(team.name(), "changed elsewhere", TeamKind.PLATFORM, Set.of(), null, null, null));

		var html = page(post("/org/teams/" + team.id()).param("name", team.name())
			.param("kind", "ENABLING")
			.param("version", String.valueOf(team.version())), 409);

		assertThat(html).contains("id=\"stale\"");
		assertThat(teams.get(team.id()).kind()).isEqualTo(TeamKind.PLATFORM);
	}

	@Test
	void createsAPersonAndShowsCptoOnTheirPage() throws Exception {
		var email = Unique.email("cpto");
		var location = mvc
			.perform(post("/org/people").with(user("page-tester@example.com").roles("MEMBER"))
				.with(csrf())
				.param("name", "Chris Both")
				.param("email", email)
				.param("userId", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		page(post(location + "/hats").param("kind", "CTO").param("startsOn", "2025-01-01").param("endsOn", ""), 302);
		page(post(location + "/hats").param("kind", "CPO").param("startsOn", "2025-01-01"), 302);

		var html = page(get(location), 200);

		assertThat(html).contains("Chris Both", email, "data-title=\"CPTO\"", "hat.started");
	}

	@Test
	void reShowsTheHatFormWhenTheHatEndsBeforeItStarts() throws Exception {
		var person = person("Henry Hat", null);

		var html = page(post("/org/people/" + person.id() + "/hats").param("kind", "QA")
			.param("startsOn", "2026-03-01")
			.param("endsOn", "2026-01-01"), 400);

		assertThat(html).contains("id=\"endsOn-error\"", "value=\"2026-03-01\"");
		assertThat(people.get(person.id()).hatHistory()).isEmpty();
	}

	@Test
	void reShowsThePeopleFormOnADuplicateEmail() throws Exception {
		var existing = person("Dora Dupe", null);

		var html = page(post("/org/people").param("name", "Other Dora").param("email", existing.email().toUpperCase()),
				400);

		assertThat(html).contains("id=\"email-error\"", "Other Dora");
	}

	@Test
	void endsAHatFromThePersonPage() throws Exception {
		var person = person("Ella End", HatKind.DEVELOPER);
		var hat = people.get(person.id()).currentHats().get(0);

		page(post("/org/people/" + person.id() + "/hats/" + hat.id() + "/end").param("endsOn", "2025-06-01"), 302);

		assertThat(people.get(person.id()).hatHistory()).singleElement()
			.satisfies(h -> assertThat(h.endsOn()).isEqualTo(LocalDate.of(2025, 6, 1)));
	}

	@Test
	void createsAndEditsAGroup() throws Exception {
		var director = person("Greta Director", HatKind.HEAD_OF_PRODUCT);
		var name = "Platform area " + Unique.suffix();
		var location = mvc
			.perform(post("/org/groups").with(user("page-tester@example.com").roles("MEMBER"))
				.with(csrf())
				.param("name", name)
				.param("productDirectorId", director.id().toString())
				.param("engineeringManagerId", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		var html = page(get(location), 200);

		assertThat(html).contains(name, "Greta Director", "data-warning=\"missing-engineering-manager\"")
			.doesNotContain("data-warning=\"missing-product-director\"");
		assertThat(page(get("/org/groups"), 200)).contains(name);
	}

	@Test
	void listsOrgChangesNewestFirst() throws Exception {
		var person = person("Tim Timeline", HatKind.QA);

		var html = page(get("/org/changes"), 200);

		assertThat(html).contains("Tim Timeline", "data-action=\"hat.started\"", "data-action=\"person.created\"");
		assertThat(html.indexOf("data-action=\"hat.started\""))
			.isLessThan(html.indexOf("data-action=\"person.created\""));
		assertThat(person).isNotNull();
	}

	@Test
	void speaksFrench() throws Exception {
		var person = person("Fanny Français", HatKind.CTO);

		assertThat(page(get("/org/people/" + person.id()).param("lang", "fr"), 200)).contains("Casquettes actuelles",
				"Historique des casquettes");
		assertThat(page(get("/org").param("lang", "fr"), 200)).contains("Nouvelle équipe", "Organisation");
	}

	@Test
	void answersBadRequestForAMalformedIdAndNotFoundForAnUnknownOne() throws Exception {
		page(get("/org/teams/not-a-uuid"), 400);
		page(get("/org/people/" + java.util.UUID.randomUUID()), 404);
	}

}
