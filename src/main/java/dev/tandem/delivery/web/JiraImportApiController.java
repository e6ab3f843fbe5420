package dev.tandem.delivery.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.tandem.delivery.JiraImport;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Jira CSV imports over HTTP: a preview of what would be imported, then the import into a
 * team. Both take the export as the multipart part {@code file}.
 */
@RestController
@RequestMapping("/api/v1/delivery/imports/jira")
@Tag(name = "Delivery", description = "Work items through BACKLOG → READY → IN_PROGRESS → IN_REVIEW → DONE → RELEASED")
class JiraImportApiController {

	private final JiraImport imports;

	JiraImportApiController(JiraImport imports) {
		this.imports = imports;
	}

	@PostMapping("/preview")
	@Operation(summary = "Preview a Jira CSV export: what maps to what, counts and the rows that cannot be read")
	JiraImport.Preview preview(@RequestParam(required = false) MultipartFile file,
			@Parameter(description = "Time zone of the export's dates (default UTC)") @RequestParam(
					required = false) String zone,
			@Parameter(
					description = "JSON {\"kinds\": {\"Spike\": \"CHORE\"}, \"states\": {\"Closed\": \"DONE\"}}") @RequestParam(
							required = false) String mapping) {
		return imports.preview(JiraUpload.bytes(file), JiraUpload.zone(zone), JiraUpload.mapping(mapping));
	}

	@PostMapping
	@Operation(summary = "Import a Jira CSV export into a team, all or nothing; known issue keys are skipped")
	JiraImport.Result importInto(@RequestParam(required = false) String team,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String mapping, Principal principal) {
		if (team == null || team.isBlank()) {
			throw new InvalidInputException("team", "is required");
		}
		return imports.importInto(TeamId.of(team), JiraUpload.bytes(file), JiraUpload.zone(zone),
				JiraUpload.mapping(mapping), principal == null ? null : principal.getName());
	}

}
