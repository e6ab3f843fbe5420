package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.Quarter;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * The team quarter page: full page, htmx fragment, plain-form fallback, errors kept with
 * what was typed, French.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class CommitmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	Commitments commitments;

	TeamView team;

	String page;

	@BeforeEach
	void aTeam() {
		team = teams.create(new TeamDetails("Pages team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(),
				null, null, null));
		page = "/okrs/teams/" + team.id() + "/2026-Q4";
	}

	@Test
	void showsLoadAgainstCapacityAndTheAgreementStatus() throws Exception {
		var planned = commitments.plan(team.id(), Quarter.of("2026-Q4"), 0, EffortUnit.POINTS, new BigDecimal("10"));
		commitments.add(team.id(), Quarter.of("2026-Q4"), planned.version(),
				new CommitmentDetails("Too big", null, null, new BigDecimal("12")));
		var html = mvc.perform(get(page).with(user("viewer@example.com").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Too big", "120 %", "id=\"over-capacity\"", "data-status=\"awaiting\"")
			.doesNotContain("id=\"add-commitment\"");
	}

	@Test
	void answersHtmxWithTheCommitmentsSectionOnly() throws Exception {
		var response = mvc
			.perform(post(page + "/commitments").param("title", "Saved cards")
				.param("estimate", "8")
				.param("version", "0")
				.header("HX-Request", "true")
				.with(user("member@example.com").roles("MEMBER"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"commitments\"", "Saved cards")
			.doesNotContain("<html", "navbar");
	}

	@Test
	void redirectsAPlainFormBackToThePage() throws Exception {
		var response = mvc
			.perform(post(page + "/capacity").param("capacity", "25")
				.param("unit", "PERSON_WEEKS")
				.param("version", "0")
				.with(user("member@example.com").roles("MEMBER"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo(page);
		assertThat(commitments.view(team.id(), Quarter.of("2026-Q4")).capacity()).isEqualByComparingTo("25");
	}

	@Test
	void keepsWhatWasTypedWhenTheEstimateIsNotANumber() throws Exception {
		var response = mvc
			.perform(post(page + "/commitments").param("title", "Keep this title")
				.param("estimate", "lots")
				.param("version", "0")
				.with(user("member@example.com").roles("MEMBER"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("value=\"Keep this title\"", "value=\"lots\"",
				"id=\"estimate-error\"");
		assertThat(commitments.view(team.id(), Quarter.of("2026-Q4")).exists()).isFalse();
	}

	@Test
	void speaksFrench() throws Exception {
		var html = mvc.perform(get(page).param("lang", "fr").with(user("viewer@example.com").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Engagements", "Pas encore planifiés");
	}

}
