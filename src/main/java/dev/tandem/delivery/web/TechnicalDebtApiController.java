package dev.tandem.delivery.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.delivery.TechnicalDebt;
import dev.tandem.delivery.TechnicalDebt.DebtBudget;
import dev.tandem.delivery.TechnicalDebt.DebtReport;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Technical debt over HTTP: a team's debt budget and its debt report. */
@RestController
@RequestMapping("/api/v1/delivery/teams/{id}")
@Tag(name = "Technical debt", description = "Principal and interest (hours) of DEBT items against the team's budget")
class TechnicalDebtApiController {

	private final TechnicalDebt debt;

	TechnicalDebtApiController(TechnicalDebt debt) {
		this.debt = debt;
	}

	record BudgetRequest(Integer percent, Long version) {
	}

	@GetMapping("/debt-budget")
	@Operation(summary = "The team's debt budget: percent of throughput (default 20); version 0 = never set")
	DebtBudget budget(@PathVariable TeamId id) {
		return debt.budget(id);
	}

	@PutMapping("/debt-budget")
	@Operation(summary = "Set the team's debt budget; send the version read (409 when it changed)")
	DebtBudget setBudget(@PathVariable TeamId id, @RequestBody BudgetRequest request) {
		if (request.percent() == null) {
			throw new InvalidInputException("percent", "must not be null");
		}
		if (request.version() == null) {
			throw new InvalidInputException("version", "must not be null");
		}
		return debt.setBudget(id, request.percent(), request.version());
	}

	@GetMapping("/debt")
	@Operation(summary = "Open principal, weekly interest, the debt share of the last 4 weeks and per week")
	DebtReport report(@PathVariable TeamId id, @RequestParam(defaultValue = "12") int weeks) {
		return debt.report(id, weeks);
	}

}
