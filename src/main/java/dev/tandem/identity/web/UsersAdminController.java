package dev.tandem.identity.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.Invitations;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserId;
import dev.tandem.identity.UserSummary;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * User management pages for administrators: the list with a create form, and one user's
 * edit form. A user created without a password gets an invitation link, shown once on the
 * page that confirms the creation.
 */
@Controller
@RequestMapping("/admin/users")
class UsersAdminController {

	private static final String LIST = "identity/users";

	private static final String EDIT = "identity/user-edit";

	private final Accounts accounts;

	private final Invitations invitations;

	private final MessageSource messages;

	UsersAdminController(Accounts accounts, Invitations invitations, MessageSource messages) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.messages = messages;
	}

	/**
	 * Binding problems (an unknown role) leave the field null; the domain then names the
	 * field that is missing.
	 */
	record NewUserForm(String email, String displayName, Role role, String password) {

		static NewUserForm empty() {
			return new NewUserForm("", "", Role.MEMBER, "");
		}
	}

	record EditUserForm(String displayName, Role role, Boolean enabled, Long version) {

		static EditUserForm of(UserSummary user) {
			return new EditUserForm(user.displayName(), user.role(), user.enabled(), user.version());
		}
	}

	/**
	 * A user as the list shows them; {@code awaitingPassword} means the invitation has
	 * not been accepted yet.
	 */
	record UserRow(UserSummary user, boolean awaitingPassword, String created) {
	}

	@GetMapping
	String list(Locale locale, Model model) {
		return list(model, locale, NewUserForm.empty(), FieldErrorMessages.none());
	}

	@PostMapping
	String create(@ModelAttribute("form") NewUserForm form, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response) {
		try {
			var created = accounts.add(form.email(), form.displayName(), form.role(), form.password());
			model.addAttribute("created", created);
			if (created.invitation() != null) {
				model.addAttribute("invitationExpires", LocalTimes.of(locale).format(created.invitation().expiresAt()));
			}
			return list(model, locale, NewUserForm.empty(), FieldErrorMessages.none());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var again = new NewUserForm(form.email(), form.displayName(), form.role(), "");
			return list(model, locale, again, FieldErrorMessages.of(e, messages, locale));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UserId id, Model model) {
		var user = accounts.get(id);
		return edit(model, user, EditUserForm.of(user), FieldErrorMessages.none());
	}

	@PostMapping("/{id}")
	String update(@PathVariable UserId id, @ModelAttribute("form") EditUserForm form, BindingResult binding,
			Locale locale, Model model, HttpServletResponse response) {
		try {
			accounts.update(id, form.version() == null ? -1 : form.version(), form.displayName(), form.role(),
					Boolean.TRUE.equals(form.enabled()));
			return "redirect:/admin/users?updated";
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			var current = accounts.get(id);
			return edit(model, current, EditUserForm.of(current), FieldErrorMessages.none());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return edit(model, accounts.get(id), form, FieldErrorMessages.of(e, messages, locale));
		}
	}

	/**
	 * A fresh link for a user who lost theirs or let it expire; older links stop working.
	 */
	@PostMapping("/{id}/invitation")
	String invite(@PathVariable UserId id, Locale locale, Model model) {
		var invitation = invitations.issue(id);
		model.addAttribute("invitation", invitation);
		model.addAttribute("invitationExpires", LocalTimes.of(locale).format(invitation.expiresAt()));
		var user = accounts.get(id);
		return edit(model, user, EditUserForm.of(user), FieldErrorMessages.none());
	}

	private String list(Model model, Locale locale, NewUserForm form, FieldErrorMessages errors) {
		var waiting = accounts.awaitingPassword();
		var times = LocalTimes.of(locale);
		List<UserRow> rows = accounts.all()
			.stream()
			.map(user -> new UserRow(user, waiting.contains(user.id()), times.format(user.createdAt())))
			.toList();
		model.addAttribute("users", rows);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		return LIST;
	}

	private String edit(Model model, UserSummary user, EditUserForm form, FieldErrorMessages errors) {
		model.addAttribute("user", user);
		model.addAttribute("awaitingPassword", accounts.awaitingPassword().contains(user.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		return EDIT;
	}

}
