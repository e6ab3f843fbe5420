package dev.tandem.discovery.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.discovery.ExperimentDetails;
import dev.tandem.discovery.ExperimentId;
import dev.tandem.discovery.ExperimentMethod;
import dev.tandem.discovery.ExperimentOutcome;
import dev.tandem.discovery.ExperimentResult;
import dev.tandem.discovery.ExperimentStatus;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.IdeaDetails;
import dev.tandem.discovery.IdeaId;
import dev.tandem.discovery.Ideas;
import dev.tandem.discovery.OpportunityId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/** Ideas and the experiments that test them: create, change, conclude. */
@Controller
@RequestMapping("/discovery")
class IdeaPages {

	private final Ideas ideas;

	private final Experiments experiments;

	private final MessageSource messages;

	IdeaPages(Ideas ideas, Experiments experiments, MessageSource messages) {
		this.ideas = ideas;
		this.experiments = experiments;
		this.messages = messages;
	}

	/** The idea form as typed. */
	record IdeaForm(String opportunityId, String title, String description, String roadmapItemId, String version) {

		IdeaDetails details() {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var opportunity = FormValues.collect(errors,
					() -> FormValues.optional(opportunityId, OpportunityId::of, "opportunityId"));
			var item = FormValues.collect(errors,
					() -> FormValues.optional(roadmapItemId, UUID::fromString, "roadmapItemId"));
			var details = FormValues.collect(errors, () -> new IdeaDetails(opportunity, title, description, item));
			FormValues.throwIfAny(errors);
			return details;
		}

	}

	/** The experiment form as typed. */
	record ExperimentForm(String hypothesis, String method, String successCriterion, String prototypeLink,
			String status, String result, String learnings, String version) {

		static ExperimentForm empty() {
			return new ExperimentForm("", ExperimentMethod.PROTOTYPE.name(), "", "", ExperimentStatus.PLANNED.name(),
					"", "", null);
		}

		ExperimentDetails details(ArrayList<InvalidInputException.FieldError> errors) {
			var parsedMethod = FormValues.collect(errors,
					() -> FormValues.optional(method, ExperimentMethod::valueOf, "method"));
			return FormValues.collect(errors,
					() -> new ExperimentDetails(hypothesis, parsedMethod, successCriterion, prototypeLink));
		}

		ExperimentOutcome outcome(ArrayList<InvalidInputException.FieldError> errors) {
			var parsedStatus = FormValues.collect(errors,
					() -> FormValues.optional(status, ExperimentStatus::valueOf, "status"));
			var parsedResult = FormValues.collect(errors,
					() -> FormValues.optional(result, ExperimentResult::valueOf, "result"));
			return FormValues.collect(errors, () -> new ExperimentOutcome(parsedStatus, parsedResult, learnings));
		}

	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("methods", ExperimentMethod.values());
		model.addAttribute("statuses", ExperimentStatus.values());
		model.addAttribute("results", ExperimentResult.values());
		model.addAttribute("errors", FieldErrorMessages.none());
	}

	@PostMapping("/ideas")
	String create(@ModelAttribute("ideaForm") IdeaForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			var idea = ideas.create(form.details());
			return "redirect:/discovery/ideas/" + idea.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			model.addAttribute("roadmapItems", ideas.roadmapItemChoices());
			return "discovery/idea-new";
		}
	}

	@GetMapping("/ideas/new")
	String newIdea(@RequestParam(required = false) String opportunity, Model model) {
		model.addAttribute("ideaForm", new IdeaForm(opportunity, "", "", "", null));
		model.addAttribute("roadmapItems", ideas.roadmapItemChoices());
		return "discovery/idea-new";
	}

	@GetMapping("/ideas/{id}")
	String idea(@PathVariable IdeaId id, Model model) {
		return showIdea(id, model, null, ExperimentForm.empty());
	}

	@PostMapping("/ideas/{id}")
	String update(@PathVariable IdeaId id, @ModelAttribute("ideaForm") IdeaForm form, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var version = FormValues.version(form.version());
			if (version == null) {
				throw new InvalidInputException("version", "is required");
			}
			ideas.update(id, version, form.details());
			return "redirect:/discovery/ideas/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showIdea(id, model, form, ExperimentForm.empty());
	}

	@PostMapping("/ideas/{id}/experiments")
	String createExperiment(@PathVariable IdeaId id, @ModelAttribute("experimentForm") ExperimentForm form, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var details = form.details(errors);
			var outcome = form.outcome(errors);
			FormValues.throwIfAny(errors);
			experiments.create(id, details, outcome);
			return "redirect:/discovery/ideas/" + id + "?planned";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale));
			return showIdea(id, model, null, form);
		}
	}

	@PostMapping("/experiments/{id}")
	String updateExperiment(@PathVariable ExperimentId id, @ModelAttribute("experimentForm") ExperimentForm form,
			Model model, Locale locale, HttpServletResponse response) {
		var experiment = experiments.get(id);
		try {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var details = form.details(errors);
			var outcome = form.outcome(errors);
			var version = FormValues.version(form.version());
			if (version == null) {
				errors.add(new InvalidInputException.FieldError("version", "is required"));
			}
			FormValues.throwIfAny(errors);
			experiments.update(id, version, details, outcome);
			return "redirect:/discovery/ideas/" + experiment.ideaId() + "?saved#experiment-" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("experimentErrors", FieldErrorMessages.of(e, messages, locale));
			model.addAttribute("failedExperiment", id);
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showIdea(experiment.ideaId(), model, null, ExperimentForm.empty());
	}

	private String showIdea(IdeaId id, Model model, IdeaForm form, ExperimentForm experimentForm) {
		var idea = ideas.get(id);
		model.addAttribute("idea", idea);
		model.addAttribute("ideaForm", form != null ? form : new IdeaForm(idea.opportunityId().toString(), idea.title(),
				idea.description() == null ? "" : idea.description(),
				idea.roadmapItemId() == null ? "" : idea.roadmapItemId().toString(), String.valueOf(idea.version())));
		model.addAttribute("experiments", experiments.all(id));
		model.addAttribute("experimentForm", experimentForm);
		model.addAttribute("roadmapItems", ideas.roadmapItemChoices());
		if (!model.containsAttribute("experimentErrors")) {
			model.addAttribute("experimentErrors", FieldErrorMessages.none());
		}
		return "discovery/idea";
	}

}
