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

	/** How many changes a page of the timeline shows (OrgPages.PAGE). */
	private static final int TIMELINE_PAGE = 50;

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

	/** A CPO handover on 1 September 2025; returns the person who takes over. */
	private PersonView cpoHandover() {
		var jonas = people.create("Jonas Handover " + Unique.suffix(), Unique.email("jonas"), null);
		people.startHat(jonas.id(), HatKind.CTO, LocalDate.of(2019, 3, 1), null);
		people.startHat(jonas.id(), HatKind.CPO, LocalDate.of(2019, 3, 1), LocalDate.of(2025, 8, 31));
		var sofia = people.create("Sofia Takeover " + Unique.suffix(), Unique.email("sofia"), null);
		people.startHat(sofia.id(), HatKind.LEAD_DEVELOPER, LocalDate.of(2021, 5, 1), LocalDate.of(2025, 8, 31));
		people.startHat(sofia.id(), HatKind.CPO, LocalDate.of(2025, 9, 1), null);
		return sofia;
	}

	/** Text a reader sees, without markup. */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
	}

	@Test
	void showsHatChangesOnTheDayTheyTakeEffectWithReadableLabels() throws Exception {
		var sofia = cpoHandover();

		var html = page(get("/org/changes").param("person", sofia.id().toString()), 200);

		assertThat(html).contains(sofia.name() + " became CPO", sofia.name() + " handed over the Lead developer hat",
				"September 2025", "1 Sep 2025", "August 2025", "31 Aug 2025");
		assertThat(html.indexOf("became CPO")).isLessThan(html.indexOf("handed over the Lead developer hat"));
		assertThat(visibleText(html)).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
	}

	@Test
	void readsACtoAndCpoStartedTogetherAsCpto() throws Exception {
		var both = people.create("Casey Cpto " + Unique.suffix(), Unique.email("cpto"), null);
		people.startHat(both.id(), HatKind.CTO, LocalDate.of(2024, 2, 1), null);
		people.startHat(both.id(), HatKind.CPO, LocalDate.of(2024, 2, 1), null);

		var html = page(get("/org/changes").param("person", both.id().toString()).param("category", "HATS"), 200);

		assertThat(html).contains(both.name() + " became CPTO").doesNotContain("became CTO", "became CPO");
	}

	@Test
	void showsTeamMemberAndDuoChangesInFrench() throws Exception {
		var sofia = cpoHandover();
		var team = teams.create(new TeamDetails("Paiement " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED,
				Set.of(Skill.BACK_END), null, null, null));
		teams.putMember(team.id(), sofia.id(), Set.of(Skill.BACK_END, Skill.FRONT_END), 60);
		teams.update(team.id(), teams.get(team.id()).version(),
				new TeamDetails(team.name(), null, TeamKind.PLATFORM, Set.of(Skill.BACK_END), sofia.id(), null, null));

		var html = page(get("/org/changes").param("team", team.id().toString()).param("lang", "fr"), 200);

		assertThat(html).contains("Équipe " + team.name() + " créée",
				sofia.name() + " rejoint " + team.name() + " (60 %)",
				team.name() + " change de type : Équipe produit → Plateforme",
				sofia.name() + " devient product manager de " + team.name(), "Évolutions de l’organisation");
		assertThat(visibleText(html)).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		assertThat(page(get("/org/changes").param("person", sofia.id().toString()).param("lang", "fr"), 200))
			.contains(sofia.name() + " devient CPO", "septembre 2025");
	}

	@Test
	void showsOlderChangesInPlaceWithHtmx() throws Exception {
		var busy = people.create("Busy Hats " + Unique.suffix(), Unique.email("busy"), null);
		for (int year = 1960; year < 1990; year++) {
			people.startHat(busy.id(), HatKind.DEVELOPER, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 1));
		}

		var first = page(get("/org/changes").param("person", busy.id().toString()), 200);
		assertThat(first).contains("id=\"show-more\"", "offset=" + TIMELINE_PAGE);

		var more = page(get("/org/changes").param("person", busy.id().toString())
			.param("offset", String.valueOf(TIMELINE_PAGE))
			.param("month", "1965-01")
			.header("HX-Request", "true"), 200);

		assertThat(more).doesNotContain("<html", "id=\"change-filters\"")
			.contains("January 1960", "class=\"org-change ");
		assertThat(more.split("class=\"org-change ", -1)).hasSize(60 - TIMELINE_PAGE + 1);
	}

	@Test
	void filtersTheTimelineInPlaceWithHtmx() throws Exception {
		var sofia = cpoHandover();

		var fragment = page(get("/org/changes").param("person", sofia.id().toString())
			.param("category", "HATS")
			.param("team", "")
			.header("HX-Request", "true"), 200);

		assertThat(fragment).startsWith("<div id=\"timeline\"").contains(sofia.name() + " became CPO");
	}

	@Test
	void showsTheHatFormErrorsInFrench() throws Exception {
		var person = person("Françoise Fin", null);

		var html = page(post("/org/people/" + person.id() + "/hats").param("lang", "fr")
			.param("kind", "QA")
			.param("startsOn", "2026-03-01")
			.param("endsOn", "2026-01-01"), 400);

		assertThat(html).contains("id=\"endsOn-error\"", "ne doit pas précéder la date de début 2026-03-01")
			.doesNotContain("must not be before");
	}

	@Test
	void showsAnOverlappingHatErrorInFrenchAndEnglish() throws Exception {
		var person = person("Olivier Overlap", HatKind.QA);

		var french = page(post("/org/people/" + person.id() + "/hats").param("lang", "fr")
			.param("kind", "QA")
			.param("startsOn", "2025-06-01"), 400);
		var english = page(post("/org/people/" + person.id() + "/hats").param("lang", "en")
			.param("kind", "QA")
			.param("startsOn", "2025-06-01"), 400);

		assertThat(french).contains("chevauche une casquette du même type portée à partir du 2025-01-01, sans fin");
		assertThat(english).contains("overlaps a hat of the same kind held from 2025-01-01 with no end");
	}

	@Test
	void addsAHatInPlaceWithHtmx() throws Exception {
		var person = person("Hugo Htmx", HatKind.CTO);

		var fragment = page(post("/org/people/" + person.id() + "/hats").header("HX-Request", "true")
			.param("kind", "CPO")
			.param("startsOn", "2025-01-01")
			.param("endsOn", ""), 200);

		assertThat(fragment).doesNotContain("<html")
			.contains("id=\"person-hats\"", "data-hat-kind=\"CPO\"", "id=\"person-titles\" hx-swap-oob=\"true\"",
					"data-title=\"CPTO\"", "id=\"person-history\"", "id=\"person-version\"");
		var version = people.get(person.id()).version();
		assertThat(fragment).contains("value=\"" + version + "\"");
		assertThat(people.get(person.id()).currentHats()).hasSize(2);
	}

	@Test
	void showsHatErrorsInTheHtmxFragmentAndAddsNothing() throws Exception {
		var person = person("Hélène Htmx", null);

		var fragment = page(post("/org/people/" + person.id() + "/hats").header("HX-Request", "true")
			.param("lang", "fr")
			.param("kind", "QA")
			.param("startsOn", "2026-03-01")
			.param("endsOn", "2026-01-01"), 200);

		assertThat(fragment).doesNotContain("<html")
			.contains("id=\"endsOn-error\"", "ne doit pas précéder la date de début 2026-03-01",
					"value=\"2026-03-01\"");
		assertThat(people.get(person.id()).hatHistory()).isEmpty();
	}

	@Test
	void endsAHatInPlaceWithHtmx() throws Exception {
		var person = person("Edith Htmx", HatKind.DEVELOPER);
		var hat = people.get(person.id()).currentHats().get(0);

		var fragment = page(
				post("/org/people/" + person.id() + "/hats/" + hat.id() + "/end").header("HX-Request", "true")
					.param("endsOn", "2025-06-01"),
				200);

		assertThat(fragment).doesNotContain("<html").contains("id=\"no-hats\"", "1 Jun 2025");
		assertThat(people.get(person.id()).currentHats()).isEmpty();
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
