package dev.tandem.discovery.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.identity.Role;
import dev.tandem.org.HatKind;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/** The evidence guardrail's rule (administrators change it) and the list of overrides. */
@Controller
@RequestMapping("/discovery/guardrail")
class GuardrailPages {

	private final EvidenceGuardrail guardrail;

	private final MessageSource messages;

	GuardrailPages(EvidenceGuardrail guardrail, MessageSource messages) {
		this.guardrail = guardrail;
		this.messages = messages;
	}

	@GetMapping
	String guardrail(Model model) {
		model.addAttribute("errors", FieldErrorMessages.none());
		return show(model);
	}

	@PostMapping
	String change(@RequestParam(required = false) String enabled,
			@RequestParam(required = false) String minimumInsights,
			@RequestParam(required = false) String validatedExperimentSuffices,
			@RequestParam(required = false) List<HatKind> overrideHats, @RequestParam(required = false) String version,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			guardrail.change(enabled != null, number(minimumInsights), validatedExperimentSuffices != null,
					overrideHats, FormValues.version(version));
			return "redirect:/discovery/guardrail?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			model.addAttribute("errors", FieldErrorMessages.none());
		}
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("settings", guardrail.settings());
		model.addAttribute("hats", HatKind.values());
		model.addAttribute("overrides", guardrail.overrides());
		model.addAttribute("admin", Role.callerIsAdmin());
		return "discovery/guardrail";
	}

	/** A number as typed, or null (then reported as required) when it is not one. */
	private static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
