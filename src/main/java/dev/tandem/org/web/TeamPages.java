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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.org.Groups;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.PagePanel;
import dev.tandem.shared.web.PagePanels;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The team pages: create, read, edit, and members added or removed in place with htmx.
 */
@Controller
@RequestMapping("/org/teams")
class TeamPages {

	static final int HISTORY = 50;

	private final Teams teams;

	private final People people;

	private final Groups groups;

	private final MessageSource messages;

	private final PagePanels panels;

	TeamPages(Teams teams, People people, Groups groups, PagePanels panels, MessageSource messages) {
		this.messages = messages;
		this.panels = panels;
		this.teams = teams;
		this.people = people;
		this.groups = groups;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("teamKinds", TeamKind.values());
		model.addAttribute("builtInSkills", Skill.BUILT_IN);
		model.addAttribute("hatKinds", HatKind.values());
		model.addAttribute("errors", Map.of());
		model.addAttribute("memberErrors", Map.of());
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		return showNewForm(model, TeamForm.empty());
	}

	@PostMapping
	String create(@ModelAttribute("form") TeamForm form, Model model, HttpServletResponse response) {
		try {
			var team = teams.create(form.details());
			return "redirect:/org/teams/" + team.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
			return showNewForm(model, form);
		}
	}

	@GetMapping("/{id}")
	String team(@PathVariable TeamId id, Model model) {
		var team = teams.get(id);
		model.addAttribute("form", TeamForm.of(team));
		model.addAttribute("memberForm", MemberForm.empty());
		return showTeam(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable TeamId id, @ModelAttribute("form") TeamForm form, Model model,
			HttpServletResponse response) {
		try {
			if (form.version() == null) {
				throw new InvalidInputException("version", "is required");
			}
			teams.update(id, form.version(), form.details());
			return "redirect:/org/teams/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		model.addAttribute("memberForm", MemberForm.empty());
		return showTeam(id, model);
	}

	@PostMapping("/{id}/members")
	String putMember(@PathVariable TeamId id, @ModelAttribute("memberForm") MemberForm form, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		try {
			var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
			var person = Forms.collect(errors, () -> Forms.optionalId(form.personId(), "personId"));
			if (person == null && errors.isEmpty()) {
				errors.add(new InvalidInputException.FieldError("personId", "is required"));
			}
			var skills = Forms.collect(errors, () -> Skill.parseAll(form.skills(), "skills"));
			var percent = Forms.collect(errors,
					() -> Forms.requiredPercent(form.allocationPercent(), "allocationPercent"));
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			teams.putMember(id, new PersonId(person), skills, percent);
			if (!Forms.isHtmx(htmx)) {
				return "redirect:/org/teams/" + id;
			}
			model.addAttribute("memberForm", MemberForm.empty());
		}
		catch (InvalidInputException e) {
			model.addAttribute("memberErrors", Forms.errorsOf(e, messages));
			if (!Forms.isHtmx(htmx)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		return liveOrPage(id, model, htmx);
	}

	@PostMapping("/{id}/members/{personId}/remove")
	String removeMember(@PathVariable TeamId id, @PathVariable PersonId personId, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		teams.removeMember(id, personId);
		if (!Forms.isHtmx(htmx)) {
			return "redirect:/org/teams/" + id;
		}
		model.addAttribute("memberForm", MemberForm.empty());
		return liveOrPage(id, model, htmx);
	}

	private String liveOrPage(TeamId id, Model model, String htmx) {
		if (Forms.isHtmx(htmx)) {
			model.addAttribute("team", teams.get(id));
			model.addAttribute("people", people.all());
			model.addAttribute("history", teams.history(id, HISTORY));
			return "org/team :: members-changed";
		}
		model.addAttribute("form", TeamForm.of(teams.get(id)));
		return showTeam(id, model);
	}

	private String showTeam(TeamId id, Model model) {
		model.addAttribute("team", teams.get(id));
		model.addAttribute("people", people.all());
		model.addAttribute("groups", groups.all());
		model.addAttribute("history", teams.history(id, HISTORY));
		model.addAttribute("panels", panels.of(PagePanel.Page.TEAM, id.value()));
		return "org/team";
	}

	private String showNewForm(Model model, TeamForm form) {
		model.addAttribute("form", form);
		model.addAttribute("people", people.all());
		model.addAttribute("groups", groups.all());
		return "org/team-new";
	}

}
