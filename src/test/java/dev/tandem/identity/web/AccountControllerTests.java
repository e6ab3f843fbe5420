package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
class AccountControllerTests {

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
		me = accounts.create(Unique.email("ada"), "Ada Lovelace", Role.VIEWER, PASSWORD);
	}

	private RequestPostProcessor signedIn() {
		return user(me.email()).roles(me.role().name());
	}

	@Test
	void showsProfilePasswordFormAndTokens() throws Exception {
		tokens.create(me.id(), "nightly export");

		var html = mvc.perform(get("/account").with(signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Ada Lovelace", me.email(), "Viewer", "nightly export", "tdm_",
				"name=\"currentPassword\"", "name=\"newPassword\"", "for=\"token-name\"");
	}

	@Test
	void showsTheSecretOfANewTokenOnceInTheTokensFragment() throws Exception {
		var html = mvc.perform(
				post("/account/tokens").param("name", "ci").header("HX-Request", "true").with(signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<html").contains("id=\"tokens\"", "id=\"new-token-secret\"", "value=\"tdm_");
		var page = mvc.perform(get("/account").with(signedIn())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ci").doesNotContain("new-token-secret");
	}

	@Test
	void showsAFieldErrorWhenTheTokenHasNoName() throws Exception {
		var html = mvc.perform(
				post("/account/tokens").param("name", " ").header("HX-Request", "true").with(signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("is-invalid", "id=\"token-name-error\"", "is required");
	}

	@Test
	void revokesATokenInPlace() throws Exception {
		var token = tokens.create(me.id(), "old script").token();

		var html = mvc
			.perform(post("/account/tokens/{id}/revoke", token.id()).header("HX-Request", "true")
				.with(signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<html").contains("Revoked");
		assertThat(tokens.of(me.id())).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
	}

	@Test
	void revokingWithoutJavaScriptReturnsToTheAccountPage() throws Exception {
		var token = tokens.create(me.id(), "old script").token();

		mvc.perform(post("/account/tokens/{id}/revoke", token.id()).with(signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void cannotRevokeSomebodyElsesToken() throws Exception {
		var other = accounts.create(Unique.email("bob"), "Bob", Role.MEMBER, PASSWORD);
		var token = tokens.create(other.id(), "bob's").token();

		mvc.perform(post("/account/tokens/{id}/revoke", token.id()).with(signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokens.of(other.id())).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
	}

	@Test
	void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
		mvc.perform(post("/account/password").param("currentPassword", PASSWORD)
			.param("newPassword", "a brand new password")
			.param("newPasswordAgain", "a brand new password")
			.with(signedIn())
			.with(csrf())).andExpect(redirectedUrl("/account?passwordChanged"));
	}

	@Test
	void showsAFieldErrorWhenTheCurrentPasswordIsWrong() throws Exception {
		var html = mvc
			.perform(post("/account/password").param("currentPassword", "not my password")
				.param("newPassword", "a brand new password")
				.param("newPasswordAgain", "a brand new password")
				.with(signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"currentPassword-error\"", "is not your current password");
	}

	@Test
	void showsTheNewPasswordRuleNextToTheNewPasswordField() throws Exception {
		var html = mvc
			.perform(post("/account/password").param("currentPassword", PASSWORD)
				.param("newPassword", "short")
				.param("newPasswordAgain", "short")
				.with(signedIn())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"newPassword-error\"", "must be at least 10 characters");
	}

	@Test
	void speaksFrench() throws Exception {
		var html = mvc
			.perform(post("/account/password").param("currentPassword", "faux")
				.param("newPassword", "a brand new password")
				.param("newPasswordAgain", "another password!!")
				.locale(Locale.FRENCH)
				.header("Accept-Language", "fr")
				.with(signedIn())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Votre compte", "Jetons d’API", "Les deux mots de passe sont différents.");
	}

	@Test
	void sendsSignedOutVisitorsToSignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
	}

	@Test
	void answersHtml() throws Exception {
		mvc.perform(get("/account").with(signedIn())).andExpect(content().contentTypeCompatibleWith("text/html"));
	}

}
