package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.audit.AuditEntry;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.okr.CheckInDraft;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.DraftedCheckIns;
import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.People;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemView;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Check-in drafts on H2 and PostgreSQL against hand-built histories: a delivery-bound key
 * result's confidence from the forecast of its linked work by the quarter's end, a manual
 * one's from progress with no value drafted, confirming (twice) records then replaces the
 * month's check-in, and the page, the form and the API show the drafts.
 */
abstract class CheckInDraftTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftedCheckIns drafts;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	People people;

	@Autowired
	OkrSettings settings;

	@Autowired
	Workflow workflow;

	private ForecastFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ForecastFixtures(context);
	}

	private KeyResultId activeKeyResult(TeamId team, KeyResultSource source, BigDecimal current) {
		var owner = people.create("Kim Keyresult " + Unique.suffix(), Unique.email("kim"), null);
		var objective = objectives.create(new ObjectiveDetails("Deliver lockers " + Unique.suffix(), "Because",
				settings.currentQuarter(), ObjectiveLevel.TEAM, owner.id(), team, null, null));
		var keyResult = keyResults.add(objective.id(), new KeyResultDetails("Lockers work done " + Unique.suffix(),
				Measure.of(KeyResultUnit.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100)), current, source));
		objectives.activate(objective.id(), objectives.get(objective.id()).version());
		return keyResult.id();
	}

	private static KeyResultSource.Delivery on(RoadmapItemView item) {
		return new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.ROADMAP_ITEM, item.id().value());
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var html = mvc.perform(request.with(user("drafts@example.com").roles("MEMBER")).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("every message key resolves").doesNotContain("??");
		return html;
	}

	@Test
	void aDeliveryBoundKeyResultsConfidenceComesFromTheForecastOfItsLinkedWork() {
		var team = fixtures.steadyTeam("Drafts", 1);
		// One item a day: 100 open items cannot be done within any quarter.
		var late = fixtures.roadmapItem("Late lockers", Lane.NOW, team);
		fixtures.openWork(team, late, 100);
		var done = fixtures.roadmapItem("Done lockers", Lane.NOW, team);
		for (WorkItemView item : fixtures.openWork(team, done, 2)) {
			workflow.transition(item.id(), WorkflowState.DONE, WorkflowState.BACKLOG, null, ForecastFixtures.ACTOR);
		}

		var offTrack = drafts.draft(activeKeyResult(team, on(late), null)).orElseThrow();
		var onTrack = drafts.draft(activeKeyResult(team, on(done), null)).orElseThrow();

		assertThat(offTrack.basis()).isEqualTo(CheckInDraft.Basis.FORECAST);
		assertThat(offTrack.forecastPercent()).isZero();
		assertThat(offTrack.confidence().level()).isEqualTo(ConfidenceLevel.OFF_TRACK);
		assertThat(offTrack.value()).as("the measured value").isNotNull();
		assertThat(offTrack.month()).isEqualTo(YearMonth.from(fixtures.today()));
		assertThat(offTrack.rationale()).contains("0 %").contains("100 open linked work items");
		assertThat(onTrack.forecastPercent()).isEqualTo(100);
		assertThat(onTrack.confidence().level()).isEqualTo(ConfidenceLevel.ON_TRACK);
		assertThat(onTrack.confidence().score()).isEqualTo(10);
		assertThat(onTrack.rationale()).isEqualTo("All the linked work items are done.");
	}

	@Test
	void aDeliveryBoundKeyResultWithoutHistoryFallsBackOnProgress() {
		var team = fixtures.team("No history");
		var item = fixtures.roadmapItem("New lockers", Lane.NEXT, team);
		fixtures.openWork(team, item, 3);

		var draft = drafts.draft(activeKeyResult(team, on(item), null)).orElseThrow();

		assertThat(draft.basis()).isEqualTo(CheckInDraft.Basis.PROGRESS);
		assertThat(draft.forecastPercent()).isNull();
		assertThat(draft.rationale()).startsWith("Not enough delivery history");
	}

	@Test
	void aManualKeyResultGetsAConfidenceFromProgressButNoValue() {
		var team = fixtures.team("Manual");
		var reached = activeKeyResult(team, KeyResultSource.manual(), BigDecimal.valueOf(100));

		var draft = drafts.draft(reached).orElseThrow();

		assertThat(draft.value()).isNull();
		assertThat(draft.basis()).isEqualTo(CheckInDraft.Basis.PROGRESS);
		assertThat(draft.progressPercent()).isEqualTo(100);
		assertThat(draft.confidence().level()).isEqualTo(ConfidenceLevel.ON_TRACK);
		assertThat(draft.rationale()).startsWith("No data to draft the value from");
		assertThatThrownBy(() -> drafts.confirm(reached, null)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("value");
		assertThat(keyResults.get(reached).checkIns()).as("bad input changes nothing").isEmpty();

		var recorded = drafts.confirm(reached, BigDecimal.valueOf(90));

		assertThat(recorded.checkIns()).singleElement().satisfies(c -> {
			assertThat(c.value()).isEqualByComparingTo("90");
			assertThat(c.confidence()).isEqualTo(ConfidenceLevel.ON_TRACK);
			assertThat(c.comment()).isEqualTo(draft.rationale());
		});
	}

	@Test
	void confirmingADraftRecordsTheCheckInAndASecondConfirmationReplacesIt() {
		var team = fixtures.steadyTeam("Confirm", 1);
		var item = fixtures.roadmapItem("Confirmed lockers", Lane.NOW, team);
		fixtures.openWork(team, item, 100);
		var keyResult = activeKeyResult(team, on(item), null);
		assertThat(drafts.due(team, null)).extracting(d -> d.keyResult().id()).containsExactly(keyResult);

		var first = drafts.confirm(keyResult, null);

		assertThat(first.checkIns()).singleElement().satisfies(c -> {
			assertThat(c.month()).isEqualTo(YearMonth.from(fixtures.today()));
			assertThat(c.confidence()).isEqualTo(ConfidenceLevel.OFF_TRACK);
			assertThat(c.confidenceScore()).isZero();
		});
		assertThat(drafts.due(team, null)).as("no longer due").isEmpty();

		var second = drafts.confirm(keyResult, null);

		assertThat(second.checkIns()).hasSize(1);
		assertThat(keyResults.history(keyResult, 5)).extracting(AuditEntry::action)
			.contains("check-in.recorded", "check-in.updated");
	}

	@Test
	void thePageTheFormAndTheApiShowTheDraftsAndThePageConfirmsThem() throws Exception {
		var team = fixtures.steadyTeam("Pages", 1);
		var item = fixtures.roadmapItem("Paged lockers", Lane.NOW, team);
		fixtures.openWork(team, item, 100);
		var keyResult = activeKeyResult(team, on(item), null);

		var list = page(get("/okrs/check-in-drafts").param("team", team.toString()), 200);
		assertThat(list).contains("data-key-result-id=\"" + keyResult + "\"")
			.contains("data-confidence=\"OFF_TRACK\"")
			.contains("Drafted from data — confirm or change")
			.contains("100 open linked work items");
		var french = page(get("/okrs/check-in-drafts").param("team", team.toString()).locale(Locale.FRENCH), 200);
		assertThat(french).contains("Proposé à partir des données").contains("100 éléments de travail liés");
		var form = page(get("/okrs/key-results/" + keyResult), 200);
		assertThat(form).contains("id=\"check-in-draft\"").containsPattern("<option value=\"OFF_TRACK\"[^>]*selected");
		var api = page(get("/api/v1/okr/check-in-drafts").param("team", team.toString()), 200);
		assertThat(api).contains("\"keyResultId\":\"" + keyResult + "\"").contains("\"basis\":\"FORECAST\"");
		assertThat(page(get("/api/v1/okr/key-results/" + keyResult + "/check-in-draft"), 200))
			.contains("\"forecastPercent\":0");

		page(post("/okrs/check-in-drafts/" + keyResult + "/confirm").param("team", team.toString()), 302);

		assertThat(keyResults.get(keyResult).checkIns()).singleElement()
			.satisfies(c -> assertThat(c.confidence()).isEqualTo(ConfidenceLevel.OFF_TRACK));
		assertThat(page(get("/okrs/check-in-drafts").param("team", team.toString()), 200)).contains("id=\"no-drafts\"");
	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnH2
	static class OnH2Tests extends CheckInDraftTests {

	}

	@SpringBootTest
	@AutoConfigureMockMvc
	@OnPostgres
	static class OnPostgresTests extends CheckInDraftTests {

	}

}
