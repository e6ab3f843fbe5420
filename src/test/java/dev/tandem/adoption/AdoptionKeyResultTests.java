package dev.tandem.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.People;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Key results that update themselves, end to end on H2 and PostgreSQL: a key result bound
 * to a feature's adoption rate through the okr form takes the value measured from the
 * rollups once they advance, and its monthly check-in form starts from it. Also the
 * adoption pages: list, feature page, form errors, the team page's panel, French.
 */
abstract class AdoptionKeyResultTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdoptionFixtures fixtures;

	@Autowired
	Features features;

	@Autowired
	People people;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	OkrSettings settings;

	@Autowired
	dev.tandem.okr.DraftedCheckIns drafts;

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user("adoption-page@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	@Test
	void aKeyResultBoundToAFeatureMetricTakesItsValueFromTheRollupsAndPrefillsTheCheckIn() throws Exception {
		var released = fixtures.releasedFeature("Bulk export");
		var source = UsageFixture.source();
		var export = "bulk-export-" + Unique.suffix();
		var feature = features.create(new FeatureDetails("Bulk export " + Unique.suffix(), List.of(export), source,
				released.item(), BigDecimal.valueOf(50), 60));
		var owner = people.create("Olga Owner " + Unique.suffix(), Unique.email("olga"), null);
		var objective = objectives.create(new ObjectiveDetails("Customers export " + Unique.suffix(), "Because",
				settings.currentQuarter(), ObjectiveLevel.TEAM, owner.id(), released.team(), null, null));
		var sourceId = new KeyResultSource.Adoption(feature.value(), KeyResultMetric.ADOPTION_RATE.id()).id();

		var form = page(get("/okrs/objectives/" + objective.id()), 200);
		assertThat(form).contains("value=\"" + sourceId + "\"");
		page(post("/okrs/objectives/" + objective.id() + "/key-results")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("statement", "Half of active users export")
			.param("unit", "PERCENT")
			.param("baseline", "0")
			.param("target", "50")
			.param("source", sourceId), 302);
		var keyResult = objectives.get(objective.id()).keyResults().get(0);
		assertThat(keyResult.sourceKind()).isEqualTo("adoption");
		assertThat(keyResult.currentValue()).isEqualByComparingTo("0");

		fixtures.send(AdoptionFixtures.handComputed(source, released.day(), export, "unused-" + Unique.suffix()));

		// On the release day 1 of the 4 active users sent the bound event: 25 %.
		var measured = keyResults.get(keyResult.id());
		assertThat(measured.currentValue()).isEqualByComparingTo("25.0");
		assertThat(measured.progress()).isEqualTo(0.5);
		assertThat(keyResults.history(keyResult.id(), 5)).extracting(dev.tandem.audit.AuditEntry::action)
			.contains("key-result.measured");
		var checkIn = page(get("/okrs/key-results/" + keyResult.id()), 200);
		assertThat(checkIn).containsPattern("id=\"value\"[^>]*value=\"25\"");
		assertThat(checkIn).contains("id=\"kr-source\"");

		// Once the objective is active, its check-in is drafted from the measured value.
		objectives.activate(objective.id(), objectives.get(objective.id()).version());
		var draft = drafts.draft(keyResult.id()).orElseThrow();
		assertThat(draft.value()).isEqualByComparingTo("25.0");
		assertThat(draft.basis()).isEqualTo(dev.tandem.okr.CheckInDraft.Basis.PROGRESS);
		assertThat(draft.progressPercent()).isEqualTo(50);
		assertThat(draft.rationale()).startsWith("Progress 50 %");
		assertThat(page(get("/okrs/key-results/" + keyResult.id()), 200)).contains("id=\"check-in-draft\"")
			.containsPattern("id=\"value\"[^>]*value=\"25\"");
	}

	@Test
	void refusesAMeasuredSourceThatNoCatalogOffers() {
		var owner = people.create("Oscar Owner " + Unique.suffix(), Unique.email("oscar"), null);
		var team = fixtures.team("Okr");
		var objective = objectives.create(new ObjectiveDetails("Unknown source " + Unique.suffix(), "Because",
				settings.currentQuarter(), ObjectiveLevel.TEAM, owner.id(), team, null, null));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> keyResults.add(objective.id(),
					new KeyResultDetails("Adoption", Measure.of(KeyResultUnit.PERCENT, BigDecimal.ZERO, BigDecimal.TEN),
							null, new KeyResultSource.Adoption(java.util.UUID.randomUUID(), "adoption-rate"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("source");
	}

	@Test
	void showsFeaturesWithTheirAdoptionOnTheListTheFeaturePageAndTheTeamPage() throws Exception {
		var released = fixtures.releasedFeature("Saved searches");
		var source = UsageFixture.source();
		var event = "saved-search-" + Unique.suffix();
		var name = "Saved searches " + Unique.suffix();
		var feature = features
			.create(new FeatureDetails(name, List.of(event), source, released.item(), BigDecimal.valueOf(50), 60));
		fixtures.send(AdoptionFixtures.handComputed(source, released.day(), event, "unused-" + Unique.suffix()));

		var list = page(get("/adoption/features"), 200);
		assertThat(list).contains("href=\"/adoption/sources\"")
			.contains(name)
			.contains("adoption-sparkline")
			.contains("data-status=\"ON_TRACK\"");
		var page = page(
				get("/adoption/features/" + feature + "?from=" + released.day() + "&to=" + released.day().plusDays(7)),
				200);
		assertThat(page).contains("id=\"adoption-curve\"").contains("id=\"retention-chart\"");
		assertThat(page).containsPattern("id=\"feature-users\"[^>]*>4<");
		var team = page(get("/org/teams/" + released.team()), 200);
		assertThat(team).contains("id=\"team-adoption\"").contains(name);
		var french = page(get("/adoption/features/" + feature).locale(Locale.FRENCH), 200);
		assertThat(french).contains("Adoption depuis la mise en production");
	}

	@Test
	void theFormShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
		var html = page(post("/adoption/features").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", "Typed name")
			.param("eventNames", "")
			.param("workItemId", java.util.UUID.randomUUID().toString())
			.param("targetPercent", "101")
			.param("windowDays", "60"), 400);

		assertThat(html).contains("value=\"Typed name\"")
			.contains("needs at least one event name")
			.contains("must be between 0 and 100");
		assertThat(page(get("/adoption/features/new"), 200)).contains("id=\"feature-form\"");
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@Import(AdoptionFixtures.class)
	@OnH2
	static class OnH2Tests extends AdoptionKeyResultTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@Import(AdoptionFixtures.class)
	@OnPostgres
	static class OnPostgresTests extends AdoptionKeyResultTests {

	}

}
