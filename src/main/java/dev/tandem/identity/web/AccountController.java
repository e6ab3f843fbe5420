package dev.tandem.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.ApiTokens;
import dev.tandem.identity.ApiTokens.TokenSummary;
import dev.tandem.identity.UserSummary;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;

/**
 * The signed-in user's own page: profile, password and personal API tokens. Token
 * creation and revocation answer htmx with the tokens fragment only; without JavaScript
 * the forms post and the whole page comes back.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String PAGE = "identity/account";

	private static final String TOKENS = "identity/account :: tokens";

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final MessageSource messages;

	AccountController(Accounts accounts, ApiTokens tokens, MessageSource messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.messages = messages;
	}

	record PasswordForm(String currentPassword, String newPassword, String newPasswordAgain) {
	}

	record TokenForm(String name) {
	}

	/** A token as the page lists it, with times written for the reader. */
	record TokenRow(UUID id, String name, String prefix, String created, String lastUsed, String revoked) {

		static TokenRow of(TokenSummary token, LocalTimes times) {
			return new TokenRow(token.id(), token.name(), token.prefix(), times.format(token.createdAt()),
					times.format(token.lastUsedAt()), times.format(token.revokedAt()));
		}

		public boolean active() {
			return revoked == null;
		}
	}

	@GetMapping
	String page(@SignedIn UserSummary me, Locale locale, Model model) {
		return page(me, locale, model, FieldErrorMessages.none(), FieldErrorMessages.none());
	}

	@PostMapping("/password")
	String changePassword(@SignedIn UserSummary me, @ModelAttribute PasswordForm form, Locale locale, Model model) {
		try {
			if (form.newPassword() == null || !form.newPassword().equals(form.newPasswordAgain())) {
				throw new InvalidInputException("newPasswordAgain", "the two passwords differ");
			}
			accounts.changePassword(me.id(), form.currentPassword(), form.newPassword());
		}
		catch (InvalidInputException e) {
			var errors = FieldErrorMessages.of(renamePasswordField(e), messages, locale);
			return page(me, locale, model, errors, FieldErrorMessages.none());
		}
		return "redirect:/account?passwordChanged";
	}

	@PostMapping("/tokens")
	String createToken(@SignedIn UserSummary me, @ModelAttribute TokenForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		try {
			var created = tokens.create(me.id(), form.name());
			model.addAttribute("createdToken", created);
			return view(htmx, me, locale, model, FieldErrorMessages.none());
		}
		catch (InvalidInputException e) {
			model.addAttribute("tokenName", form.name());
			return view(htmx, me, locale, model, FieldErrorMessages.of(e, messages, locale));
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@SignedIn UserSummary me, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		tokens.revoke(me.id(), id);
		return htmx == null ? "redirect:/account" : view(htmx, me, locale, model, FieldErrorMessages.none());
	}

	private String view(String htmx, UserSummary me, Locale locale, Model model, FieldErrorMessages tokenErrors) {
		if (htmx == null) {
			return page(me, locale, model, FieldErrorMessages.none(), tokenErrors);
		}
		model.addAttribute("tokens", rows(me, locale));
		model.addAttribute("tokenErrors", tokenErrors);
		return TOKENS;
	}

	private String page(UserSummary me, Locale locale, Model model, FieldErrorMessages passwordErrors,
			FieldErrorMessages tokenErrors) {
		model.addAttribute("me", me);
		model.addAttribute("tokens", rows(me, locale));
		model.addAttribute("passwordErrors", passwordErrors);
		model.addAttribute("tokenErrors", tokenErrors);
		return PAGE;
	}

	private List<TokenRow> rows(UserSummary me, Locale locale) {
		var times = LocalTimes.of(locale);
		return tokens.of(me.id()).stream().map(token -> TokenRow.of(token, times)).toList();
	}

	/**
	 * The domain calls the new password "password"; on this form that field is
	 * "newPassword".
	 */
	private static InvalidInputException renamePasswordField(InvalidInputException e) {
		return new InvalidInputException(e.errors()
			.stream()
			.map(error -> error.field().equals("password") ? error.onField("newPassword") : error)
			.toList());
	}

}
