package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class UsersApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	UserSummary admin;

	@BeforeEach
	void signUpAdmin() {
		admin = accounts.create(Unique.email("admin"), "Grace", Role.ADMIN, "correct horse battery");
	}

	private RequestPostProcessor asAdmin() {
		return user(admin.email()).roles("ADMIN");
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(asAdmin()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void createsAUserWithAnInvitationWhenNoPasswordIsGiven() throws Exception {
		var email = Unique.email("Invitee");

		mvc.perform(json(post("/api/v1/users"), """
				{"email": "%s", "displayName": "Ivy", "role": "MEMBER"}""".formatted(email)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/users/")))
			.andExpect(jsonPath("$.user.email").value(email.toLowerCase()))
			.andExpect(jsonPath("$.user.role").value("MEMBER"))
			.andExpect(jsonPath("$.user.version").value(0))
			.andExpect(jsonPath("$.invitation.link").value(startsWith("http://localhost/invite?token=")))
			.andExpect(jsonPath("$.invitation.expiresAt").exists());
	}

	@Test
	void createsAUserWithAPasswordAndNoInvitation() throws Exception {
		mvc.perform(json(post("/api/v1/users"),
				"""
						{"email": "%s", "displayName": "Pat", "role": "VIEWER", "password": "a fine password"}"""
					.formatted(Unique.email("pat"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitation").isEmpty());
	}

	@Test
	void refusesADuplicateEmailAsAFieldError() throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"email": "%s", "displayName": "Copy", "role": "VIEWER"}""".formatted(admin.email().toUpperCase())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void refusesAnUnknownRole() throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"email": "%s", "displayName": "K", "role": "KING"}""".formatted(Unique.email("k"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
	}

	@Test
	void listsAndReadsUsers() throws Exception {
		mvc.perform(get("/api/v1/users").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].email", org.hamcrest.Matchers.hasItem(admin.email())));
		mvc.perform(get("/api/v1/users/{id}", admin.id()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(admin.id().value().toString()));
	}

	@Test
	void updatesAndThenRefusesTheStaleVersion() throws Exception {
		var user = accounts.create(Unique.email("u"), "Uma", Role.VIEWER, "correct horse battery");
		var update = """
				{"displayName": "Uma T.", "role": "MEMBER", "enabled": true, "version": %d}"""
			.formatted(user.version());

		mvc.perform(json(put("/api/v1/users/{id}", user.id()), update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("MEMBER"))
			.andExpect(jsonPath("$.version").value(user.version() + 1));
		mvc.perform(json(put("/api/v1/users/{id}", user.id()), update))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("reload")));
	}

	@Test
	void answersNotFoundAndBadRequestForUnknownAndMalformedIds() throws Exception {
		mvc.perform(get("/api/v1/users/{id}", UUID.randomUUID()).with(asAdmin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/12345").with(asAdmin())).andExpect(status().isBadRequest());
	}

	@Test
	void isForAdministratorsOnly() throws Exception {
		mvc.perform(get("/api/v1/users").with(user("m@example.com").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	@Test
	void doesNotLeakThePasswordHash() throws Exception {
		var body = mvc.perform(get("/api/v1/users").with(asAdmin())).andReturn().getResponse().getContentAsString();

		assertThat(body).doesNotContain("password").doesNotContain("{bcrypt}");
	}

}
