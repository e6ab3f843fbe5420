package dev.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The discovery pages rendered by the whole application: the board, capturing an insight
 * (with errors, in French too), linking insights in place with htmx, the guardrail page,
 * and the roadmap item page showing its evidence and the override form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class DiscoveryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Insights insights;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Ideas ideas;

	@Autowired
	Experiments experiments;

	@Autowired
	EvidenceGuardrail guardrail;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	Teams teams;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@AfterEach
	void turnTheGuardrailOff() {
		if (guardrail.settings().rule().enabled()) {
			GuardrailFixtures.turnOff(guardrail);
		}
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return page(request, status, "discovery-pages@example.com", "MEMBER");
	}

	private String page(MockHttpServletRequestBuilder request, int status, String email, String role) throws Exception {
		var html = mvc.perform(request.with(user(email).roles(role)).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	private InsightView insight(String source) {
		return insights.capture(new InsightDetails("Checkout is slow on mobile", InsightKind.INTERVIEW, source,
				LocalDate.now(), null, List.of("mobile")));
	}

	@Test
	void boardShowsOpportunitiesWithTheirEvidenceIdeasAndExperimentsByStatus() throws Exception {
		var opportunity = opportunities.create(new OpportunityDetails("Slow checkout " + Unique.suffix(), null));
		opportunities.link(opportunity.id(), insight("ACME").id());
		var idea = ideas.create(new IdeaDetails(opportunity.id(), "One-tap pay " + Unique.suffix(), null, null));
		experiments.create(idea.id(),
				new ExperimentDetails("Pay faster " + Unique.suffix(), ExperimentMethod.FAKE_DOOR, "20% click", null),
				new ExperimentOutcome(ExperimentStatus.RUNNING, null, null));

		var html = page(get("/discovery"), 200);

		assertThat(html).contains("id=\"opportunity-" + opportunity.id() + "\"", opportunity.title(),
				"1 insight from 1 customer or segment", idea.title(), "id=\"experiments-RUNNING\"",
				"id=\"opportunity-form\"", "href=\"/discovery\"");
		var running = html.substring(html.indexOf("id=\"experiments-RUNNING\""),
				html.indexOf("id=\"experiments-CONCLUDED\""));
		assertThat(running).contains("Pay faster");
	}

	@Test
	void captureFormShowsTranslatedFieldErrorsAndKeepsWhatWasTyped() throws Exception {
		var html = page(post("/discovery/insights").param("text", "They want dark mode")
			.param("kind", "FEEDBACK")
			.param("source", "")
			.param("observedOn", LocalDate.now().plusDays(3).toString())
			.param("link", "ftp://nope")
			.locale(Locale.FRENCH), 400);

		assertThat(html).contains("They want dark mode", "id=\"source-error\"", "est obligatoire",
				"doit être une adresse http ou https");
	}

	@Test
	void capturingForAnOpportunityLinksTheInsightToIt() throws Exception {
		var opportunity = opportunities.create(new OpportunityDetails("Onboarding " + Unique.suffix(), null));

		mvc.perform(post("/discovery/insights").param("text", "Setup took an hour")
			.param("kind", "INTERVIEW")
			.param("source", "Globex")
			.param("observedOn", LocalDate.now().toString())
			.param("tags", "Onboarding, setup")
			.param("opportunityId", opportunity.id().toString())
			.with(user("discovery-pages@example.com").roles("MEMBER"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		var linked = opportunities.get(opportunity.id());
		assertThat(linked.insights()).extracting(InsightView::text).containsExactly("Setup took an hour");
		assertThat(linked.insights().get(0).tags()).containsExactly("onboarding", "setup");
	}

	@Test
	void linksAndUnlinksInsightsInPlaceWithHtmx() throws Exception {
		var opportunity = opportunities.create(new OpportunityDetails("Search " + Unique.suffix(), null));
		var insight = insight("Initech " + Unique.suffix());

		var linked = page(post("/discovery/opportunities/" + opportunity.id() + "/insights")
			.param("insightId", insight.id().toString())
			.header("HX-Request", "true"), 200);
		assertThat(linked.strip()).startsWith("<section").doesNotContain("<nav");
		assertThat(linked).contains("id=\"insight-" + insight.id() + "\"", "1 insight");

		var unlinked = page(
				post("/discovery/opportunities/" + opportunity.id() + "/insights/" + insight.id() + "/unlink")
					.header("HX-Request", "true"),
				200);
		assertThat(unlinked).doesNotContain("id=\"insight-" + insight.id() + "\"").contains("no insight");
		var full = page(get("/discovery/opportunities/" + opportunity.id()), 200);
		assertThat(full).contains("<nav", "id=\"link-form\"", "hx-post=");
	}

	@Test
	void onlyAnAdministratorSeesAndUsesTheGuardrailForm() throws Exception {
		assertThat(page(get("/discovery/guardrail"), 200)).contains("id=\"guardrail-admin-only\"")
			.doesNotContain("id=\"guardrail-form\"");
		page(post("/discovery/guardrail").param("enabled", "true")
			.param("minimumInsights", "2")
			.param("version", String.valueOf(guardrail.settings().version())), 403);

		var admin = page(get("/discovery/guardrail"), 200, "discovery-admin@example.com", "ADMIN");
		assertThat(admin).contains("id=\"guardrail-form\"", "id=\"hat-HEAD_OF_UX\"");
		mvc.perform(post("/discovery/guardrail").param("enabled", "true")
			.param("minimumInsights", "2")
			.param("validatedExperimentSuffices", "true")
			.param("overrideHats", "HEAD_OF_UX")
			.param("version", String.valueOf(guardrail.settings().version()))
			.with(user("discovery-admin@example.com").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(guardrail.settings().rule()).isEqualTo(new GuardrailRule(true, 2, true, Set.of(HatKind.HEAD_OF_UX)));
	}

	@Test
	void roadmapItemPageShowsItsEvidenceAndOffersTheOverrideToAHeadOfUx() throws Exception {
		var team = teams
			.create(new TeamDetails("Pages team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
		var item = planning.create(
				new RoadmapItemDetails("Wishlists " + Unique.suffix(), null, null, null, Set.of(team), Set.of()),
				Lane.NEXT, null);
		var opportunity = opportunities.create(new OpportunityDetails("Saving for later " + Unique.suffix(), null));
		opportunities.link(opportunity.id(), insight("Hooli").id());
		ideas.create(new IdeaDetails(opportunity.id(), "Wishlist button", null, item.id().value()));
		GuardrailFixtures.turnOn(guardrail, 3);
		var email = Unique.email("ux-head");
		var user = accounts.create(email, "Uma", Role.MEMBER, null);
		var person = people.create("Uma " + Unique.suffix(), email, user.id());
		people.startHat(person.id(), HatKind.HEAD_OF_UX, LocalDate.now(), null);

		var html = page(get("/roadmap/items/" + item.id()), 200, email, "MEMBER");
		assertThat(html).contains("id=\"discovery-evidence\"", "Wishlist button", opportunity.title(),
				"id=\"override-form\"", "needs at least 3 supporting insights or one validated experiment; "
						+ "supporting insights: 1, validated experiments: 0");
		assertThat(page(get("/roadmap/items/" + item.id()), 200)).doesNotContain("id=\"override-form\"");

		var refused = page(post("/roadmap/items/" + item.id() + "/move").param("lane", "NOW")
			.param("version", String.valueOf(item.version()))
			.param("back", "item"), 400, email, "MEMBER");
		assertThat(refused).contains("id=\"move-error\"", "needs at least 3 supporting insights");
		var enFrancais = page(post("/roadmap/items/" + item.id() + "/move").param("lane", "NOW")
			.param("version", String.valueOf(item.version()))
			.header("HX-Request", "true")
			.locale(Locale.FRENCH), 200, email, "MEMBER");
		assertThat(enFrancais).contains("id=\"move-error\"",
				"il faut au moins 3 insights à l’appui ou une expérience validée ; insights à l’appui : 1");

		var created = page(post("/roadmap/items").param("title", "Straight to Now")
			.param("teamIds", team.toString())
			.param("lane", "NOW"), 400, email, "MEMBER");
		assertThat(created).contains("id=\"lane-error\"", "needs at least 3 supporting insights");

		var noReason = page(post("/roadmap/items/" + item.id() + "/override").param("reason", " "), 400, email,
				"MEMBER");
		assertThat(noReason).contains("id=\"reason-error\"");
		page(post("/roadmap/items/" + item.id() + "/override").param("reason", "Board asked"), 403);
		mvc.perform(post("/roadmap/items/" + item.id() + "/override").param("reason", "Board asked")
			.with(user(email).roles("MEMBER"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(get("/discovery/guardrail"), 200)).contains("Board asked", item.title());
	}

	@Test
	void ideaPageListsItsExperimentsAndRefusesAConclusionWithoutAResult() throws Exception {
		var opportunity = opportunities.create(new OpportunityDetails("Returns " + Unique.suffix(), null));
		var idea = ideas.create(new IdeaDetails(opportunity.id(), "Free returns " + Unique.suffix(), null, null));
		var experiment = experiments.create(idea.id(),
				new ExperimentDetails("Free returns lift orders", ExperimentMethod.AB_TEST, "+5% orders", null),
				ExperimentOutcome.PLANNED);

		var html = page(get("/discovery/ideas/" + idea.id()), 200);
		assertThat(html).contains(idea.title(), "id=\"experiment-" + experiment.id() + "\"", "id=\"experiment-form\"",
				"id=\"idea-form\"", opportunity.title());

		var refused = page(
				post("/discovery/experiments/" + experiment.id()).param("hypothesis", "Free returns lift orders")
					.param("method", "AB_TEST")
					.param("successCriterion", "+5% orders")
					.param("status", "CONCLUDED")
					.param("version", String.valueOf(experiment.version())),
				400);
		assertThat(refused).contains("id=\"result-error\"", "is required when the experiment is concluded");
		assertThat(page(get("/discovery/ideas/new").param("opportunity", opportunity.id().toString()), 200))
			.contains("id=\"create-idea\"");
	}

}
