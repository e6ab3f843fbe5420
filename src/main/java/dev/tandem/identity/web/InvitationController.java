package dev.tandem.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.identity.Invitations;
import dev.tandem.identity.Invitations.InvitationCheck;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where an invited user, not signed in, chooses a password with the one-time link an
 * administrator gave them.
 */
@Controller
class InvitationController {

	private static final String FORM = "identity/invite";

	private static final String CLOSED = "identity/invite-closed";

	private final Invitations invitations;

	private final MessageSource messages;

	InvitationController(Invitations invitations, MessageSource messages) {
		this.invitations = invitations;
		this.messages = messages;
	}

	record InvitationForm(String token, String displayName, String password, String passwordAgain) {
	}

	@GetMapping("/invite")
	String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		var check = invitations.check(token);
		if (!check.valid()) {
			return closed(check, model, response);
		}
		model.addAttribute("invitation", check);
		model.addAttribute("form", new InvitationForm(token, check.displayName(), "", ""));
		model.addAttribute("errors", FieldErrorMessages.none());
		return FORM;
	}

	@PostMapping("/invite")
	String accept(@ModelAttribute InvitationForm form, Locale locale, Model model, HttpServletResponse response) {
		var check = invitations.check(form.token());
		if (!check.valid()) {
			return closed(check, model, response);
		}
		try {
			if (form.password() == null || !form.password().equals(form.passwordAgain())) {
				throw new InvalidInputException("passwordAgain", "the two passwords differ");
			}
			invitations.accept(form.token(), form.displayName(), form.password());
			return "redirect:/login?invited";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invitation", check);
			model.addAttribute("form", new InvitationForm(form.token(), form.displayName(), "", ""));
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			return FORM;
		}
	}

	private static String closed(InvitationCheck check, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("status", check.status());
		return CLOSED;
	}

}
