package dev.tandem.delivery.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.delivery.TechnicalDebt;
import dev.tandem.org.TeamId;

/** A team's technical debt page. */
@Controller
@RequestMapping("/delivery/teams/{id}/debt")
class TechnicalDebtPages {

	private final TechnicalDebt debt;

	private final MessageSource messages;

	TechnicalDebtPages(TechnicalDebt debt, MessageSource messages) {
		this.debt = debt;
		this.messages = messages;
	}

	@GetMapping
	String debt(@PathVariable TeamId id, Model model) {
		return show(id, model);
	}

	/**
	 * Sets the team's debt budget from the page's form; refused input re-shows the page.
	 */
	@PostMapping("/budget")
	String setBudget(@PathVariable TeamId id, @RequestParam(required = false) String percent,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response, Locale locale) {
		try {
			int value;
			try {
				value = Integer.parseInt(percent == null ? "" : percent.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("percent", "must be between {0} and {1}", 0, 100);
			}
			debt.setBudget(id, value, version == null ? 0 : version);
			return "redirect:/delivery/teams/" + id + "/debt";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("budgetError", FieldErrorMessages.of(e, messages, locale).get("percent"));
			model.addAttribute("typedPercent", percent);
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("budgetStale", true);
		}
		return show(id, model);
	}

	private String show(TeamId id, Model model) {
		var report = debt.report(id, 12);
		model.addAttribute("report", report);
		model.addAttribute("chartWeeks",
				report.weeks().stream().map(w -> w.weekStart().toString()).collect(Collectors.joining(";")));
		model.addAttribute("chartShares",
				report.weeks()
					.stream()
					.map(w -> w.itemPercent() == null ? "" : String.valueOf(w.itemPercent()))
					.collect(Collectors.joining(";")));
		return "delivery/debt";
	}

}
