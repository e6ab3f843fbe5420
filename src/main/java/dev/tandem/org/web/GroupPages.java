package dev.tandem.org.web;

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

import dev.tandem.org.GroupId;
import dev.tandem.org.Groups;
import dev.tandem.org.People;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The group pages: the list with its create form, and each group with its duo, teams,
 * edit form and history.
 */
@Controller
@RequestMapping("/org/groups")
class GroupPages {

	static final int HISTORY = 50;

	private final Groups groups;

	private final People people;

	private final MessageSource messages;

	GroupPages(Groups groups, People people, MessageSource messages) {
		this.messages = messages;
		this.groups = groups;
		this.people = people;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("errors", Map.of());
	}

	@GetMapping
	String list(Model model) {
		return showList(model, GroupForm.empty());
	}

	@GetMapping("/new")
	String newGroup(Model model) {
		return showList(model, GroupForm.empty());
	}

	@PostMapping
	String create(@ModelAttribute("form") GroupForm form, Model model, HttpServletResponse response) {
		try {
			var group = groups.create(form.details());
			return "redirect:/org/groups/" + group.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
			return showList(model, form);
		}
	}

	@GetMapping("/{id}")
	String group(@PathVariable GroupId id, Model model) {
		model.addAttribute("form", GroupForm.of(groups.get(id)));
		return showGroup(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable GroupId id, @ModelAttribute("form") GroupForm form, Model model,
			HttpServletResponse response) {
		try {
			if (form.version() == null) {
				throw new InvalidInputException("version", "is required");
			}
			groups.update(id, form.version(), form.details());
			return "redirect:/org/groups/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showGroup(id, model);
	}

	private String showList(Model model, GroupForm form) {
		model.addAttribute("form", form);
		model.addAttribute("groups", groups.all());
		model.addAttribute("people", people.all());
		return "org/groups";
	}

	private String showGroup(GroupId id, Model model) {
		model.addAttribute("group", groups.get(id));
		model.addAttribute("people", people.all());
		model.addAttribute("history", groups.history(id, HISTORY));
		return "org/group";
	}

}
