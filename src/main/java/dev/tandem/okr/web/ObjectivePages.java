package dev.tandem.okr.web;

import java.security.Principal;
import java.util.Map;

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

import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.QuarterClosing;
import dev.tandem.okr.web.OkrForms.KeyResultForm;
import dev.tandem.okr.web.OkrForms.ObjectiveForm;
import dev.tandem.org.Groups;
import dev.tandem.org.People;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Objective pages: create and edit, the objective with its key results (adding one in
 * place), activation, and the closing page where key results are scored.
 */
@Controller
@RequestMapping("/okrs/objectives")
class ObjectivePages {

	private final MessageSource messages;

	static final int HISTORY = 30;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final QuarterClosing closing;

	private final ObjectiveDirectory directory;

	private final People people;

	private final Teams teams;

	private final Groups groups;

	ObjectivePages(Objectives objectives, KeyResults keyResults, QuarterClosing closing, ObjectiveDirectory directory,
			People people, Teams teams, Groups groups, MessageSource messages) {
		this.messages = messages;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.closing = closing;
		this.directory = directory;
		this.people = people;
		this.teams = teams;
		this.groups = groups;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", ObjectiveLevel.values());
		model.addAttribute("units", KeyResultUnit.values());
		model.addAttribute("sources", keyResults.sourceChoices());
		model.addAttribute("errors", Map.of());
		model.addAttribute("krErrors", Map.of());
	}

	@GetMapping("/new")
	String newObjective(@RequestParam(required = false) String quarter, Principal principal, Model model) {
		var q = OkrForms.blank(quarter) ? directory.currentQuarter() : Quarter.of(quarter);
		// The signed-in person is the likeliest owner; people without a person record
		// choose.
		var me = principal == null ? ""
				: people.ofAccountEmail(principal.getName()).map(p -> p.id().toString()).orElse("");
		return form(model, ObjectiveForm.empty(q, me), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") ObjectiveForm form, Model model, HttpServletResponse response) {
		try {
			var objective = objectives.create(form.details());
			return "redirect:/okrs/objectives/" + objective.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", OkrForms.errorsOf(e, messages));
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String objective(@PathVariable ObjectiveId id, Model model) {
		model.addAttribute("krForm", KeyResultForm.empty());
		return show(id, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable ObjectiveId id, Model model) {
		return form(model, ObjectiveForm.of(objectives.get(id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable ObjectiveId id, @ModelAttribute("form") ObjectiveForm form, Model model,
			HttpServletResponse response) {
		try {
			objectives.update(id, OkrForms.version(form.version()), form.details());
			return "redirect:/okrs/objectives/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", OkrForms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return form(model, form, id);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable ObjectiveId id, @RequestParam(required = false) String version) {
		objectives.activate(id, OkrForms.version(version));
		return "redirect:/okrs/objectives/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable ObjectiveId id, @RequestParam(required = false) String version) {
		var quarter = objectives.get(id).quarter();
		objectives.delete(id, OkrForms.version(version));
		return "redirect:/okrs?quarter=" + quarter;
	}

	@PostMapping("/{id}/key-results")
	String addKeyResult(@PathVariable ObjectiveId id, @ModelAttribute("krForm") KeyResultForm form, Model model,
			HttpServletResponse response) {
		try {
			keyResults.add(id, form.details());
			return "redirect:/okrs/objectives/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("krErrors", OkrForms.errorsOf(e, messages));
			return show(id, model);
		}
	}

	@GetMapping("/{id}/close")
	String scoring(@PathVariable ObjectiveId id, Model model) {
		model.addAttribute("objective", closing.scoring(id));
		return "okr/closing";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable ObjectiveId id, @RequestParam(required = false) String version, Model model,
			HttpServletResponse response) {
		try {
			closing.close(id, OkrForms.version(version));
			return "redirect:/okrs/objectives/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("closeError", e.getMessage());
			return scoring(id, model);
		}
	}

	private String show(ObjectiveId id, Model model) {
		var objective = objectives.get(id);
		model.addAttribute("objective", objective);
		model.addAttribute("parent",
				objective.parentId() == null ? null : directory.find(objective.parentId()).orElse(null));
		model.addAttribute("history", objectives.history(id, HISTORY));
		return "okr/objective";
	}

	private String form(Model model, ObjectiveForm form, ObjectiveId id) {
		model.addAttribute("form", form);
		model.addAttribute("objectiveId", id);
		model.addAttribute("people", people.all());
		model.addAttribute("teams", teams.all());
		model.addAttribute("groups", groups.all());
		var quarter = OkrForms.collect(new java.util.ArrayList<>(), () -> Quarter.of(form.quarter()));
		model.addAttribute("parents",
				directory.inQuarter(quarter == null ? directory.currentQuarter() : quarter)
					.stream()
					.filter(o -> id == null || !o.id().equals(id))
					.toList());
		return "okr/objective-form";
	}

}
