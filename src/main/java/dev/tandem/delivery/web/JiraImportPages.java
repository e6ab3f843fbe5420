package dev.tandem.delivery.web;

import java.security.Principal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.tandem.delivery.JiraImport;
import dev.tandem.delivery.JiraMapping;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Importing a Jira CSV export from the browser: upload with a team and a time zone, a
 * preview whose mappings can be changed, then the import and its result. Between the
 * preview and the import the file waits in the user's session under a random token.
 */
@Controller
@RequestMapping("/delivery/import")
class JiraImportPages {

	private static final String FILE = "delivery.jira-import.";

	private final JiraImport imports;

	private final Teams teams;

	private final MessageSource messages;

	JiraImportPages(JiraImport imports, Teams teams, MessageSource messages) {
		this.imports = imports;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		return showForm(model, null, "UTC", Map.of());
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String team,
			@RequestParam(required = false) String zone, Model model, HttpSession session,
			HttpServletResponse response) {
		try {
			var teamId = team(team);
			var chosenZone = JiraUpload.zone(zone);
			var bytes = JiraUpload.bytes(file);
			var preview = imports.preview(bytes, chosenZone, JiraMapping.defaults());
			var token = UUID.randomUUID().toString();
			session.setAttribute(FILE + token, bytes);
			return showPreview(model, token, teamId, chosenZone, preview);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showForm(model, team, zone,
					FieldErrorMessages.of(e, messages, LocaleContextHolder.getLocale()).byField());
		}
	}

	@PostMapping("/preview")
	String preview(@RequestParam(required = false) String token, @RequestParam(required = false) String team,
			@RequestParam(required = false) String zone,
			@RequestParam(name = "type", required = false) List<String> types,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(name = "state", required = false) List<String> states, Model model, HttpSession session) {
		var bytes = file(session, token);
		var chosenZone = JiraUpload.zone(zone);
		var preview = imports.preview(bytes, chosenZone, mapping(types, kinds, statuses, states));
		return showPreview(model, token, team(team), chosenZone, preview);
	}

	@PostMapping("/run")
	String run(@RequestParam(required = false) String token, @RequestParam(required = false) String team,
			@RequestParam(required = false) String zone,
			@RequestParam(name = "type", required = false) List<String> types,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(name = "state", required = false) List<String> states, Model model, HttpSession session,
			Principal principal) {
		var bytes = file(session, token);
		var teamId = team(team);
		var result = imports.importInto(teamId, bytes, JiraUpload.zone(zone), mapping(types, kinds, statuses, states),
				principal == null ? null : principal.getName());
		session.removeAttribute(FILE + token);
		model.addAttribute("result", result);
		model.addAttribute("team", teams.get(teamId));
		return "delivery/import-result";
	}

	private String showForm(Model model, String team, String zone, Map<String, String> errors) {
		model.addAttribute("teams", teams.all());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		model.addAttribute("team", team);
		model.addAttribute("zone", zone == null || zone.isBlank() ? "UTC" : zone);
		model.addAttribute("errors", errors);
		return "delivery/import";
	}

	private String showPreview(Model model, String token, TeamId team, ZoneId zone, JiraImport.Preview preview) {
		model.addAttribute("token", token);
		model.addAttribute("team", teams.get(team));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("preview", preview);
		model.addAttribute("kinds", WorkItemKind.values());
		model.addAttribute("states", WorkflowState.values());
		return "delivery/import-preview";
	}

	private static TeamId team(String team) {
		if (team == null || team.isBlank()) {
			throw new InvalidInputException("team", "is required");
		}
		return TeamId.of(team);
	}

	private static byte[] file(HttpSession session, String token) {
		if (token != null && session.getAttribute(FILE + token) instanceof byte[] bytes) {
			return bytes;
		}
		throw new InvalidInputException("file", "upload the file again: this preview has expired");
	}

	private static JiraMapping mapping(List<String> types, List<String> kinds, List<String> statuses,
			List<String> states) {
		var kindOf = new HashMap<String, WorkItemKind>();
		for (int i = 0; types != null && kinds != null && i < Math.min(types.size(), kinds.size()); i++) {
			if (!kinds.get(i).isBlank()) {
				kindOf.put(types.get(i), WorkItemKind.valueOf(kinds.get(i)));
			}
		}
		var stateOf = new HashMap<String, WorkflowState>();
		for (int i = 0; statuses != null && states != null && i < Math.min(statuses.size(), states.size()); i++) {
			if (!states.get(i).isBlank()) {
				stateOf.put(statuses.get(i), WorkflowState.valueOf(states.get(i)));
			}
		}
		return new JiraMapping(kindOf, stateOf);
	}

}
