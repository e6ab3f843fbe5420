package dev.tandem.okr.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import dev.tandem.okr.DraftedCheckIns;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * This month's due check-ins with their drafts from data, each confirmable in one click.
 * The signed-in person sees the key results they own by default; {@code all} or a team
 * widens or narrows the list. Drafts are shown all month and highlighted in its last days
 * ({@link DraftedCheckIns#monthEnd()}).
 */
@Controller
@RequestMapping("/okrs/check-in-drafts")
class CheckInDraftPages {

	private final DraftedCheckIns drafts;

	private final OkrSettings settings;

	private final Teams teams;

	private final People people;

	private final MessageSource messages;

	CheckInDraftPages(DraftedCheckIns drafts, OkrSettings settings, Teams teams, People people,
			MessageSource messages) {
		this.drafts = drafts;
		this.settings = settings;
		this.teams = teams;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String team, @RequestParam(required = false) String all,
			Authentication auth, Model model) {
		var teamId = OkrForms.uuid(team, "team");
		var me = auth == null ? null : people.ofAccountEmail(auth.getName()).map(p -> p.id()).orElse(null);
		// Mine by default; everyone's when asked, when a team is chosen or when the
		// account is nobody in the org.
		var mine = all == null && teamId == null && me != null;
		model.addAttribute("rows", drafts.due(teamId == null ? null : new TeamId(teamId), mine ? me : null));
		model.addAttribute("mine", mine);
		model.addAttribute("team", teamId == null ? "" : teamId.toString());
		model.addAttribute("teams", teams.all());
		model.addAttribute("month", java.time.YearMonth.from(settings.today()));
		model.addAttribute("monthEnd", drafts.monthEnd());
		model.addAttribute("available", drafts.available());
		if (!model.containsAttribute("rowErrors")) {
			model.addAttribute("rowErrors", Map.of());
		}
		return "okr/check-in-drafts";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable KeyResultId id, @RequestParam(required = false) String value,
			@RequestParam(required = false) String team, @RequestParam(required = false) String all,
			Authentication auth, Model model, HttpServletResponse response) {
		try {
			drafts.confirm(id, OkrForms.blank(value) ? null : OkrForms.decimal(value, "value", false));
			return "redirect:" + UriComponentsBuilder.fromPath("/okrs/check-in-drafts")
				.queryParamIfPresent("team", java.util.Optional.ofNullable(OkrForms.blank(team) ? null : team))
				.queryParamIfPresent("all", java.util.Optional.ofNullable(all))
				.queryParam("confirmed", id)
				.build()
				.toUriString();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rowErrors",
					Map.of(id.toString(), String.join("; ", OkrForms.errorsOf(e, messages).values())));
			return list(team, all, auth, model);
		}
	}

}
