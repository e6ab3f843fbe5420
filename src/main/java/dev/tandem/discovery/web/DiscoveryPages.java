package dev.tandem.discovery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.discovery.EvidenceCapture;
import dev.tandem.discovery.ExperimentStatus;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.Ideas;
import dev.tandem.discovery.InsightId;
import dev.tandem.discovery.InsightKind;
import dev.tandem.discovery.Insights;
import dev.tandem.discovery.Opportunities;
import dev.tandem.discovery.OpportunityDetails;
import dev.tandem.discovery.OpportunityId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The discovery board, the insight list with its capture form, and an opportunity's page
 * where insights are linked and unlinked in place (htmx, with plain forms underneath).
 */
@Controller
@RequestMapping("/discovery")
class DiscoveryPages {

	private final Insights insights;

	private final EvidenceCapture capture;

	private final Opportunities opportunities;

	private final Ideas ideas;

	private final Experiments experiments;

	private final MessageSource messages;

	DiscoveryPages(Insights insights, EvidenceCapture capture, Opportunities opportunities, Ideas ideas,
			Experiments experiments, MessageSource messages) {
		this.insights = insights;
		this.capture = capture;
		this.opportunities = opportunities;
		this.ideas = ideas;
		this.experiments = experiments;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", InsightKind.values());
		model.addAttribute("errors", FieldErrorMessages.none());
	}

	@GetMapping
	String board(Model model) {
		return showBoard(model, "", "");
	}

	@PostMapping("/opportunities")
	String createOpportunity(@RequestParam(required = false) String title,
			@RequestParam(required = false) String description, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var created = opportunities.create(new OpportunityDetails(title, description));
			return "redirect:/discovery/opportunities/" + created.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			return showBoard(model, title, description);
		}
	}

	@GetMapping("/insights")
	String insights(@RequestParam(required = false) String tag, @RequestParam(required = false) String opportunity,
			Model model) {
		return showInsights(model, tag, InsightForm.empty(LocalDate.now().toString(), opportunity));
	}

	@PostMapping("/insights")
	String captureInsight(@ModelAttribute("form") InsightForm form, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var opportunity = FormValues.collect(errors, form::opportunity);
			var details = FormValues.collect(errors, form::details);
			FormValues.throwIfAny(errors);
			capture.capture(details, opportunity);
			return opportunity == null ? "redirect:/discovery/insights?captured"
					: "redirect:/discovery/opportunities/" + opportunity + "?captured";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			return showInsights(model, null, form);
		}
	}

	@GetMapping("/opportunities/{id}")
	String opportunity(@PathVariable OpportunityId id, Model model) {
		return showOpportunity(id, model);
	}

	@PostMapping("/opportunities/{id}/insights")
	String link(@PathVariable OpportunityId id, @RequestParam(required = false) String insightId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var insight = FormValues.optional(insightId, InsightId::of, "insightId");
			if (insight == null) {
				throw new InvalidInputException("insightId", "is required");
			}
			opportunities.link(id, insight);
			if (!FormValues.isHtmx(htmx)) {
				return "redirect:/discovery/opportunities/" + id;
			}
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
		}
		return evidence(id, htmx, model);
	}

	@PostMapping("/opportunities/{id}/insights/{insightId}/unlink")
	String unlink(@PathVariable OpportunityId id, @PathVariable InsightId insightId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		opportunities.unlink(id, insightId);
		if (!FormValues.isHtmx(htmx)) {
			return "redirect:/discovery/opportunities/" + id;
		}
		return evidence(id, htmx, model);
	}

	private String evidence(OpportunityId id, String htmx, Model model) {
		showOpportunity(id, model);
		return FormValues.isHtmx(htmx) ? "discovery/opportunity :: evidence" : "discovery/opportunity";
	}

	private String showBoard(Model model, String title, String description) {
		var all = experiments.all(null);
		model.addAttribute("opportunities", opportunities.all());
		model.addAttribute("ideas", ideas.all(null));
		for (var status : ExperimentStatus.values()) {
			model.addAttribute("experiments" + status.name(), all.stream().filter(e -> e.status() == status).toList());
		}
		model.addAttribute("statuses", ExperimentStatus.values());
		model.addAttribute("title", title == null ? "" : title);
		model.addAttribute("description", description == null ? "" : description);
		return "discovery/board";
	}

	private String showInsights(Model model, String tag, InsightForm form) {
		model.addAttribute("insights", insights.all(tag));
		model.addAttribute("tag", tag == null ? "" : tag);
		model.addAttribute("form", form);
		model.addAttribute("opportunities", opportunities.all());
		return "discovery/insights";
	}

	private String showOpportunity(OpportunityId id, Model model) {
		var opportunity = opportunities.get(id);
		var linked = opportunity.insights().stream().map(i -> i.id()).toList();
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("unlinked", insights.all(null).stream().filter(i -> !linked.contains(i.id())).toList());
		model.addAttribute("ideas", ideas.all(id));
		return "discovery/opportunity";
	}

}
