package dev.tandem.delivery.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.delivery.DeliveryQuality;
import dev.tandem.delivery.DeliveryQuality.Window;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;

/** The delivery quality page: the four DORA figures per team and per service. */
@Controller
@RequestMapping("/delivery/quality")
class DeliveryQualityPages {

	private final DeliveryQuality quality;

	private final Teams teams;

	DeliveryQualityPages(DeliveryQuality quality, Teams teams) {
		this.quality = quality;
		this.teams = teams;
	}

	@GetMapping
	String quality(@RequestParam(required = false) TeamId team, @RequestParam(required = false) String service,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		var report = quality.report(new Window(team, service, from, to));
		model.addAttribute("report", report);
		model.addAttribute("teams", teams.all());
		model.addAttribute("team", team == null ? "" : team.toString());
		model.addAttribute("service", service == null ? "" : service);
		return "delivery/quality";
	}

}
