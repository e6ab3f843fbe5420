package dev.tandem.audit.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.audit.AuditTrail;

/**
 * The global audit trail page, newest first, filterable by subject type; htmx filtering
 * swaps only the table.
 */
@Controller
class AuditPageController {

	static final int PAGE_LIMIT = 200;

	private final AuditTrail trail;

	AuditPageController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String trail(@RequestParam(required = false) String subjectType,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		var type = subjectType == null || subjectType.isBlank() ? null : subjectType.strip();
		var formatter = AuditRow.formatter(locale);
		var rows = trail.recent(type == null ? List.of() : List.of(type), PAGE_LIMIT)
			.stream()
			.map(entry -> AuditRow.of(entry, formatter))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("subjectType", type);
		model.addAttribute("limit", PAGE_LIMIT);
		if (htmx != null) {
			return "audit/trail :: entries";
		}
		model.addAttribute("subjectTypes", trail.subjectTypes());
		return "audit/trail";
	}

}
