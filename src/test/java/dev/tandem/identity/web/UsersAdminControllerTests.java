package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserSummary;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

@SpringBootTest
@AutoConfigureMockMvc
@OnH2
class UsersAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	UserSummary admin;

	@BeforeEach
	void signUpAdmin() {
		admin = accounts.create(Unique.email("admin"), "Grace Hopper", Role.ADMIN, "correct horse battery");
	}

	private RequestPostProcessor asAdmin() {
		return user(admin.email()).roles("ADMIN");
	}

	@Test
	void listsUsersWithRoleAndStatus() throws Exception {
		var invited = accounts.add(Unique.email("invited"), "Ivy Invited", Role.VIEWER, null).user();

		var html = mvc.perform(get("/admin/users").with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(admin.email(), "Administrator", invited.email(), "Viewer", "Invited", "for=\"role\"",
				"for=\"password\"");
	}

	@Test
	void isForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/users").with(user("member@example.com").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheInvitationLinkOnceAfterCreatingAUserWithoutPassword() throws Exception {
		var email = Unique.email("new");

		var html = mvc
			.perform(post("/admin/users").param("email", email)
				.param("displayName", "Nina New")
				.param("role", "MEMBER")
				.param("password", "")
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"invitation-link\"", "http://localhost/invite?token=");
		assertThat(accounts.findByEmail(email)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.MEMBER));
	}

	@Test
	void createsAUserWithAnInitialPasswordWithoutInvitation() throws Exception {
		var html = mvc
			.perform(post("/admin/users").param("email", Unique.email("pw"))
				.param("displayName", "Pat")
				.param("role", "VIEWER")
				.param("password", "a good initial password")
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"user-created\"").doesNotContain("invitation-link");
	}

	@Test
	void showsAFieldErrorForADuplicateEmail() throws Exception {
		var html = mvc
			.perform(post("/admin/users").param("email", admin.email().toUpperCase())
				.param("displayName", "Copy")
				.param("role", "MEMBER")
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"email-error\"", "is already used by another account", "value=\"Copy\"");
	}

	@Test
	void namesTheRoleFieldWhenTheSubmittedRoleIsUnknown() throws Exception {
		var html = mvc
			.perform(post("/admin/users").param("email", Unique.email("king"))
				.param("displayName", "King")
				.param("role", "KING")
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"role-error\"");
	}

	@Test
	void treatsAMissingVersionAsAConflict() throws Exception {
		var user = accounts.create(Unique.email("nover"), "Nora", Role.VIEWER, "correct horse battery");

		mvc.perform(post("/admin/users/{id}", user.id()).param("displayName", "Nora")
			.param("role", "VIEWER")
			.param("version", "abc")
			.with(asAdmin())
			.with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void updatesNameRoleAndStatus() throws Exception {
		var user = accounts.create(Unique.email("edit"), "Ed", Role.VIEWER, "correct horse battery");

		mvc.perform(post("/admin/users/{id}", user.id()).param("displayName", "Edward")
			.param("role", "MEMBER")
			.param("version", String.valueOf(user.version()))
			.with(asAdmin())
			.with(csrf())).andExpect(redirectedUrl("/admin/users?updated"));

		var updated = accounts.get(user.id());
		assertThat(updated.displayName()).isEqualTo("Edward");
		assertThat(updated.role()).isEqualTo(Role.MEMBER);
		assertThat(updated.enabled()).as("unchecked box disables").isFalse();
	}

	@Test
	void explainsAConflictWhenSomeoneElseChangedTheUserFirst() throws Exception {
		var user = accounts.create(Unique.email("race"), "Rita", Role.VIEWER, "correct horse battery");
		accounts.update(user.id(), user.version(), "Rita by someone else", Role.VIEWER, true);

		var html = mvc
			.perform(post("/admin/users/{id}", user.id()).param("displayName", "Rita mine")
				.param("role", "ADMIN")
				.param("enabled", "true")
				.param("version", String.valueOf(user.version()))
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"stale-warning\"", "Rita by someone else");
		assertThat(accounts.get(user.id()).role()).isEqualTo(Role.VIEWER);
	}

	@Test
	void editPageOffersANewInvitationLinkToUsersWithoutPassword() throws Exception {
		var invited = accounts.add(Unique.email("lost"), "Lou", Role.VIEWER, null).user();

		mvc.perform(get("/admin/users/{id}", invited.id()).with(asAdmin())).andExpect(status().isOk());
		var html = mvc.perform(post("/admin/users/{id}/invitation", invited.id()).with(asAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"invitation-link\"", "/invite?token=");
	}

	@Test
	void answersNotFoundForAnUnknownUser() throws Exception {
		mvc.perform(get("/admin/users/{id}", java.util.UUID.randomUUID()).with(asAdmin()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/users/not-a-uuid").with(asAdmin())).andExpect(status().isBadRequest());
	}

}
