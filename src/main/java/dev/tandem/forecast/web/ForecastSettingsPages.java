package dev.tandem.forecast.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.forecast.ForecastSettings;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/** The forecast settings page, for administrators (everything under /admin is). */
@Controller
@RequestMapping("/admin/forecasts")
class ForecastSettingsPages {

	private final ForecastSettings settings;

	private final MessageSource messages;

	ForecastSettingsPages(ForecastSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	/** The form as typed: text, so that a non-number comes back as a field error. */
	record SettingsForm(String windowWeeks, String trials, String teamItems, String scopeLowPercent,
			String scopeHighPercent, String splitLowPercent, String splitHighPercent, String version) {

		static SettingsForm of(ForecastSettings.Settings s) {
			return new SettingsForm(String.valueOf(s.windowWeeks()), String.valueOf(s.trials()),
					String.valueOf(s.teamItems()), String.valueOf(s.scopeLowPercent()),
					String.valueOf(s.scopeHighPercent()), String.valueOf(s.splitLowPercent()),
					String.valueOf(s.splitHighPercent()), String.valueOf(s.version()));
		}

		ForecastSettings.Change change() {
			return new ForecastSettings.Change(number(windowWeeks), number(trials), number(teamItems),
					number(scopeLowPercent), number(scopeHighPercent), number(splitLowPercent),
					number(splitHighPercent), number(version) == null ? null : (long) number(version));
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

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", SettingsForm.of(settings.get()));
		model.addAttribute("errors", FieldErrorMessages.none());
		return "forecast/settings";
	}

	@PostMapping
	String change(@ModelAttribute SettingsForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			settings.update(form.change());
			return "redirect:/admin/forecasts?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			model.addAttribute("form", SettingsForm.of(settings.get()));
			model.addAttribute("errors", FieldErrorMessages.none());
		}
		return "forecast/settings";
	}

}
