package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Accounts.NewAccount;
import dev.tandem.identity.Role;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class InvitationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService signIn;

	@Autowired
	PasswordEncoder passwordEncoder;

	private NewAccount invite() {
		return accounts.add(Unique.email("invitee"), "Ivy Invitee", Role.MEMBER, null);
	}

	private static String token(NewAccount account) {
		var link = account.invitation().link();
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	@Test
	void offersASetYourPasswordFormWithTheNamePrefilled() throws Exception {
		var invited = invite();

		var html = mvc.perform(get("/invite").param("token", token(invited)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(invited.user().email(), "value=\"Ivy Invitee\"", "for=\"password\"",
				"for=\"passwordAgain\"");
	}

	@Test
	void setsThePasswordOnceAndSendsThePersonToSignIn() throws Exception {
		var invited = invite();
		var token = token(invited);

		mvc.perform(post("/invite").param("token", token)
			.param("displayName", "Ivy I.")
			.param("password", "my own password")
			.param("passwordAgain", "my own password")
			.with(csrf())).andExpect(redirectedUrl("/login?invited"));

		var details = signIn.loadUserByUsername(invited.user().email());
		assertThat(passwordEncoder.matches("my own password", details.getPassword())).isTrue();
		assertThat(accounts.get(invited.user().id()).displayName()).isEqualTo("Ivy I.");
		var again = mvc.perform(get("/invite").param("token", token))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("already been used");
	}

	@Test
	void keepsTheFormWithFieldErrorsWhenThePasswordIsTooShort() throws Exception {
		var invited = invite();

		var html = mvc
			.perform(post("/invite").param("token", token(invited))
				.param("displayName", "Ivy")
				.param("password", "short")
				.param("passwordAgain", "short")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"password-error\"", "must be at least 10 characters");
		assertThat(accounts.awaitingPassword()).contains(invited.user().id());
	}

	@Test
	void explainsThatAnExpiredLinkCannotBeUsed() throws Exception {
		var invited = invite();
		jdbc.sql("update invitation set expires_at = :past where user_id = :user")
			.param("past", Timestamp.from(Instant.now().minusSeconds(60)))
			.param("user", invited.user().id().value())
			.update();

		var html = mvc.perform(get("/invite").param("token", token(invited)))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("has expired");

		mvc.perform(post("/invite").param("token", token(invited))
			.param("displayName", "Ivy")
			.param("password", "my own password")
			.param("passwordAgain", "my own password")
			.with(csrf())).andExpect(status().isGone());
		assertThat(accounts.awaitingPassword()).contains(invited.user().id());
	}

	@Test
	void explainsAnUnknownLinkInFrench() throws Exception {
		var html = mvc
			.perform(get("/invite").param("token", "made-up").locale(Locale.FRENCH).header("Accept-Language", "fr"))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Le lien d’invitation n’est pas valable.");
	}

	@Test
	void aNewLinkReplacesTheOldOne() throws Exception {
		var invited = invite();
		var old = token(invited);

		mvc.perform(post("/admin/users/{id}/invitation", invited.user().id())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("a@example.com")
				.roles("ADMIN"))
			.with(csrf())).andExpect(status().isOk());

		mvc.perform(get("/invite").param("token", old)).andExpect(status().isGone());
	}

}
