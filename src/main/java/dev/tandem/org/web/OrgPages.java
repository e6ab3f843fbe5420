package dev.tandem.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.org.OrgChangeFilter;
import dev.tandem.org.OrgChangeKind;
import dev.tandem.org.OrgOverview;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;

/** The organisation overview and the timeline of its changes. */
@Controller
class OrgPages {

	/** How many changes a page of the timeline shows. */
	static final int PAGE = 50;

	private final OrgOverview overview;

	private final People people;

	private final Teams teams;

	private final ChangeLines lines;

	private final Clock clock;

	OrgPages(OrgOverview overview, People people, Teams teams, ChangeLines lines, Clock clock) {
		this.overview = overview;
		this.people = people;
		this.teams = teams;
		this.lines = lines;
		this.clock = clock;
	}

	@GetMapping("/org")
	String overview(Model model) {
		model.addAttribute("overview", overview.overview());
		return "org/overview";
	}

	/**
	 * The timeline, one page at a time. An htmx request gets the timeline alone (filters
	 * changed) or, with an offset, the next changes to append ("show more");
	 * {@code month} is the month shown last, so it is not headed twice.
	 */
	@GetMapping("/org/changes")
	String changes(@RequestParam(required = false) String category, @RequestParam(required = false) String person,
			@RequestParam(required = false) String team, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(required = false) String month,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		var filter = filterOf(category, person, team);
		var page = overview.changes(filter, offset, PAGE);
		var months = lines.months(page.changes(), monthOf(month), LocalDate.now(clock), locale);
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("months", months);
		model.addAttribute("lastMonth",
				page.changes().isEmpty() ? null : page.changes().get(page.changes().size() - 1).month().toString());
		if (Forms.isHtmx(htmx)) {
			return offset > 0 ? "org/changes :: more" : "org/changes :: timeline";
		}
		model.addAttribute("categories", OrgChangeKind.Category.values());
		model.addAttribute("people", people.all());
		model.addAttribute("teams", teams.all());
		return "org/changes";
	}

	/** An empty or unreadable choice (an "any" option, an old link) means no filter. */
	private static OrgChangeFilter filterOf(String category, String person, String team) {
		OrgChangeKind.Category chosen = null;
		try {
			chosen = category == null || category.isBlank() ? null : OrgChangeKind.Category.valueOf(category.strip());
		}
		catch (IllegalArgumentException e) {
			chosen = null;
		}
		var personId = Forms.optionalIdOrNull(person);
		var teamId = Forms.optionalIdOrNull(team);
		return new OrgChangeFilter(chosen, personId == null ? null : new PersonId(personId),
				teamId == null ? null : new TeamId(teamId));
	}

	private static YearMonth monthOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
