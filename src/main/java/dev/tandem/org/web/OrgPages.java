package dev.tandem.org.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.tandem.org.OrgOverview;

/** The organisation overview and the timeline of its changes. */
@Controller
class OrgPages {

	static final int TIMELINE = 200;

	private final OrgOverview overview;

	OrgPages(OrgOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/org")
	String overview(Model model) {
		model.addAttribute("overview", overview.overview());
		return "org/overview";
	}

	@GetMapping("/org/changes")
	String changes(Model model) {
		model.addAttribute("changes", overview.changes(TIMELINE));
		return "org/changes";
	}

}
