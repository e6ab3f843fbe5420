package dev.tandem.delivery.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.tandem.delivery.TechnicalDebt;
import dev.tandem.org.TeamId;

/** A team's technical debt page. */
@Controller
@RequestMapping("/delivery/teams/{id}/debt")
class TechnicalDebtPages {

	private final TechnicalDebt debt;

	TechnicalDebtPages(TechnicalDebt debt) {
		this.debt = debt;
	}

	@GetMapping
	String debt(@PathVariable TeamId id, Model model) {
		var report = debt.report(id, 12);
		model.addAttribute("report", report);
		model.addAttribute("chartWeeks",
				report.weeks().stream().map(w -> w.weekStart().toString()).collect(Collectors.joining(";")));
		model.addAttribute("chartShares",
				report.weeks()
					.stream()
					.map(w -> w.itemPercent() == null ? "" : String.valueOf(w.itemPercent()))
					.collect(Collectors.joining(";")));
		return "delivery/debt";
	}

}
