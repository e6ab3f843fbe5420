package dev.tandem.audit.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The audit trail over the API, newest first: all of it (optionally one subject type) or
 * one subject's.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	static final int MAX_LIMIT = 500;

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	List<AuditEntry> recent(@RequestParam(required = false) @Size(max = 40) String subjectType,
			@RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
		return trail.recent(subjectType == null || subjectType.isBlank() ? List.of() : List.of(subjectType.strip()),
				limit);
	}

	@GetMapping("/{subjectType}/{subjectId}")
	List<AuditEntry> about(@PathVariable @NotBlank @Size(max = 40) String subjectType,
			@PathVariable @NotBlank @Size(max = 64) String subjectId,
			@RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
		return trail.about(new Subject(subjectType, subjectId), limit);
	}

}
