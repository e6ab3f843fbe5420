package dev.tandem.org.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.org.Groups;
import dev.tandem.org.OrgOverview;
import dev.tandem.org.OrgWarning;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonRef;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

@WebMvcTest(OrgApiController.class)
class OrgApiControllerTests {

	@Autowired
	MockMvc mvc;

	/**
	 * Needed by identity's signed-in-user argument resolver, which every MVC slice picks
	 * up.
	 */
	@MockitoBean
	dev.tandem.identity.Accounts accounts;

	@MockitoBean
	People people;

	@MockitoBean
	Teams teams;

	@MockitoBean
	Groups groups;

	@MockitoBean
	OrgOverview overview;

	private final TeamId teamId = TeamId.random();

	private final PersonId pm = PersonId.random();

	private TeamView team(long version) {
		return new TeamView(teamId, "Checkout", null, TeamKind.STREAM_ALIGNED, List.of(Skill.BACK_END, Skill.UX),
				new PersonRef(pm, "Priya"), null, null, List.of(),
				List.of(new OrgWarning(OrgWarning.Kind.MISSING_SKILL, "UX"),
						new OrgWarning(OrgWarning.Kind.MISSING_LEAD_DEVELOPER, "")),
				version);
	}

	private MockHttpServletRequestBuilder asMember(MockHttpServletRequestBuilder request) {
		return request.with(user("member@example.com").roles("MEMBER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void createsATeamAndAnswersWithItsViewIdsAsPlainStrings() throws Exception {
		given(teams.create(any(TeamDetails.class))).willReturn(team(0));

		mvc.perform(asMember(post("/api/v1/teams")).content(
				"""
						{"name": "Checkout", "kind": "STREAM_ALIGNED", "neededSkills": ["back end", "UX"], "productManagerId": "%s"}
						"""
					.formatted(pm)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(teamId.toString()))
			.andExpect(jsonPath("$.neededSkills[0]").value("BACK_END"))
			.andExpect(jsonPath("$.productManager.id").value(pm.toString()))
			.andExpect(jsonPath("$.warnings[0].kind").value("MISSING_SKILL"))
			.andExpect(jsonPath("$.warnings[0].detail").value("UX"));
	}

	@Test
	void refusesABlankOrOversizedNameBeforeReachingTheModule() throws Exception {
		mvc.perform(asMember(post("/api/v1/teams"))
			.content("{\"name\": \"%s\", \"kind\": \"PLATFORM\"}".formatted("x".repeat(201))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(asMember(post("/api/v1/teams")).content("{\"name\": \" \", \"kind\": \"PLATFORM\"}"))
			.andExpect(status().isBadRequest());

		verifyNoInteractions(teams);
	}

	@Test
	void answersConflictWhenTheVersionIsStale() throws Exception {
		given(teams.update(eq(teamId), anyLong(), any())).willThrow(new StaleVersionException("team", teamId, 3));

		mvc.perform(asMember(put("/api/v1/teams/" + teamId)).content("""
				{"name": "Checkout", "kind": "PLATFORM", "version": 3}
				""")).andExpect(status().isConflict()).andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void requiresTheVersionOnUpdate() throws Exception {
		mvc.perform(
				asMember(put("/api/v1/teams/" + teamId)).content("{\"name\": \"Checkout\", \"kind\": \"PLATFORM\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void passesDomainFieldErrorsOnAs400() throws Exception {
		given(people.create(any(), any(), any()))
			.willThrow(new InvalidInputException("email", "is already used by another person"));

		mvc.perform(asMember(post("/api/v1/people")).content("{\"name\": \"Ada\", \"email\": \"ada@example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void answers404ForAnUnknownTeamAnd400ForAMalformedId() throws Exception {
		given(teams.get(teamId)).willThrow(new NotFoundException("team", teamId));

		mvc.perform(get("/api/v1/teams/" + teamId).with(user("viewer@example.com").roles("VIEWER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/teams/12345").with(user("viewer@example.com").roles("VIEWER")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesAHatWithAnUnknownKindOrAMissingStart() throws Exception {
		var person = PersonId.random();
		mvc.perform(asMember(post("/api/v1/people/" + person + "/hats"))
			.content("{\"kind\": \"WIZARD\", \"startsOn\": \"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(asMember(post("/api/v1/people/" + person + "/hats")).content("{\"kind\": \"QA\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"));

		verifyNoInteractions(people);
	}

}
