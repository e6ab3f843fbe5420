package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class MeApiControllerTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	UserSummary me;

	@BeforeEach
	void signUp() {
		me = accounts.create(Unique.email("viewer"), "Vera Viewer", Role.VIEWER, PASSWORD);
	}

	private RequestPostProcessor signedIn() {
		return user(me.email()).roles(me.role().name());
	}

	@Test
	void saysWhoIsCalling() throws Exception {
		mvc.perform(get("/api/v1/me").with(signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(me.id().value().toString()))
			.andExpect(jsonPath("$.email").value(me.email()))
			.andExpect(jsonPath("$.displayName").value("Vera Viewer"))
			.andExpect(jsonPath("$.role").value("VIEWER"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
	}

	@Test
	void changesThePassword() throws Exception {
		mvc.perform(post("/api/v1/me/password").with(signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "%s", "newPassword": "an even better password"}""".formatted(PASSWORD)))
			.andExpect(status().isNoContent());
	}

	@Test
	void refusesAWrongCurrentPasswordAsAFieldError() throws Exception {
		mvc.perform(post("/api/v1/me/password").with(signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "wrong password", "newPassword": "an even better password"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
	}

	@Test
	void refusesAMissingNewPassword() throws Exception {
		mvc.perform(post("/api/v1/me/password").with(signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword": "%s"}""".formatted(PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
	}

	@Test
	void createsATokenAndShowsItsSecretOnlyInTheCreationAnswer() throws Exception {
		var body = mvc
			.perform(post("/api/v1/me/tokens").with(signedIn())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"export\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("tdm_")))
			.andExpect(jsonPath("$.token.name").value("export"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		var list = mvc.perform(get("/api/v1/me/tokens").with(signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("export"))
			.andExpect(jsonPath("$[0].prefix").value(org.hamcrest.Matchers.startsWith("tdm_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		assertThat(list).doesNotContain(secret).doesNotContain("token_hash");
	}

	@Test
	void refusesATokenWithoutName() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void revokesOwnTokensButAnswersNotFoundForSomebodyElses() throws Exception {
		var mine = tokens.create(me.id(), "mine").token();
		var other = accounts.create(Unique.email("other"), "Otto", Role.MEMBER, PASSWORD);
		var theirs = tokens.create(other.id(), "theirs").token();

		mvc.perform(delete("/api/v1/me/tokens/{id}", theirs.id()).with(signedIn()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/me/tokens/{id}", mine.id()).with(signedIn()).with(csrf()))
			.andExpect(status().isNoContent());

		assertThat(tokens.of(me.id())).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
		assertThat(tokens.of(other.id())).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
	}

	@Test
	void answersBadRequestForAMalformedTokenId() throws Exception {
		mvc.perform(delete("/api/v1/me/tokens/not-a-uuid").with(signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void documentsTheEndpointsWithoutTheCallerAsAParameter() throws Exception {
		var docs = mvc.perform(get("/api/docs/openapi.json").with(signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(docs).contains("/api/v1/me/tokens", "/api/v1/users/{id}", "/api/v1/audit/{subjectType}/{subjectId}")
			.doesNotContain("\"name\":\"me\"");
	}

	@Test
	void wantsASignedInCaller() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

}
