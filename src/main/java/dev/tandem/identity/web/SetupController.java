package dev.tandem.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.identity.FirstRunSetup;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;

/** The one-time page where the first person creates the administrator account. */
@Controller
class SetupController {

	private final FirstRunSetup setup;

	private final MessageSource messages;

	SetupController(FirstRunSetup setup, MessageSource messages) {
		this.setup = setup;
		this.messages = messages;
	}

	record SetupForm(String token, String email, String displayName, String password, String passwordAgain) {
	}

	@GetMapping("/setup")
	String form(@RequestParam(required = false) String token, Model model) {
		if (!setup.accepts(token)) {
			return "identity/setup-closed";
		}
		model.addAttribute("form", new SetupForm(token, "", "", "", ""));
		model.addAttribute("errors", FieldErrorMessages.none());
		return "identity/setup";
	}

	@PostMapping("/setup")
	String create(@ModelAttribute SetupForm form, Locale locale, Model model) {
		if (!setup.accepts(form.token())) {
			return "identity/setup-closed";
		}
		try {
			if (form.password() == null || !form.password().equals(form.passwordAgain())) {
				throw new InvalidInputException("passwordAgain", "the two passwords differ");
			}
			setup.complete(form.token(), form.email(), form.displayName(), form.password());
		}
		catch (InvalidInputException e) {
			model.addAttribute("form", new SetupForm(form.token(), form.email(), form.displayName(), "", ""));
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			return "identity/setup";
		}
		return "redirect:/login?setupDone";
	}

}
