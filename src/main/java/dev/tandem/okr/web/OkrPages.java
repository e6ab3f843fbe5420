package dev.tandem.okr.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.identity.Role;
import dev.tandem.okr.CheckIns;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.OkrTree;
import dev.tandem.okr.QuarterClosing;
import dev.tandem.okr.web.OkrForms.SettingsForm;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The OKR page of a quarter: the alignment tree with filters, the check-ins due, and for
 * administrators the settings and closing the whole quarter.
 */
@Controller
@RequestMapping("/okrs")
class OkrPages {

	private final MessageSource messages;

	private final OkrTree tree;

	private final CheckIns checkIns;

	private final ObjectiveDirectory directory;

	private final OkrSettings settings;

	private final QuarterClosing closing;

	private final Teams teams;

	private final People people;

	OkrPages(OkrTree tree, CheckIns checkIns, ObjectiveDirectory directory, OkrSettings settings,
			QuarterClosing closing, Teams teams, People people, MessageSource messages) {
		this.messages = messages;
		this.tree = tree;
		this.checkIns = checkIns;
		this.directory = directory;
		this.settings = settings;
		this.closing = closing;
		this.teams = teams;
		this.people = people;
	}

	@GetMapping
	String tree(@RequestParam(required = false) String quarter, @RequestParam(required = false) String teamId,
			@RequestParam(required = false) String ownerId, Authentication auth, Model model) {
		var q = OkrForms.blank(quarter) ? directory.currentQuarter() : Quarter.of(quarter);
		var team = OkrForms.uuid(teamId, "teamId");
		var owner = OkrForms.uuid(ownerId, "ownerId");
		var teamFilter = team == null ? null : new TeamId(team);
		var ownerFilter = owner == null ? null : new PersonId(owner);
		model.addAttribute("quarter", q);
		model.addAttribute("currentQuarter", directory.currentQuarter());
		model.addAttribute("teamId", team == null ? "" : team.toString());
		model.addAttribute("ownerId", owner == null ? "" : owner.toString());
		model.addAttribute("nodes", tree.of(q, teamFilter, ownerFilter));
		model.addAttribute("due", checkIns.dueGrouped(teamFilter, ownerFilter));
		model.addAttribute("teams", teams.all());
		model.addAttribute("people", people.all());
		model.addAttribute("admin", Role.isAdmin(auth));
		if (!model.containsAttribute("settings")) {
			model.addAttribute("settings", settings.get());
		}
		if (!model.containsAttribute("settingsErrors")) {
			model.addAttribute("settingsErrors", Map.of());
		}
		return "okr/tree";
	}

	@PostMapping("/settings")
	String updateSettings(@ModelAttribute SettingsForm form, Authentication auth, Model model,
			HttpServletResponse response) {
		try {
			var month = OkrForms.blank(form.fiscalYearFirstMonth()) ? null
					: OkrForms.integer(form.fiscalYearFirstMonth(), "fiscalYearFirstMonth");
			var version = OkrForms.blank(form.version()) ? null : OkrForms.version(form.version());
			settings.update(month, version);
			return "redirect:/okrs?settingsSaved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("settingsErrors", OkrForms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("settingsErrors", Map.of("version", e.getMessage()));
		}
		return tree(null, null, null, auth, model);
	}

	@PostMapping("/quarters/close")
	String closeQuarter(@RequestParam(required = false) String quarter) {
		var closed = closing.closeQuarter(quarter);
		return "redirect:/okrs?quarter=" + Quarter.of(quarter) + "&closed=" + closed;
	}

}
