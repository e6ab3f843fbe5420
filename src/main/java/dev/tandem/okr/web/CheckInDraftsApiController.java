package dev.tandem.okr.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.okr.CheckInDraft;
import dev.tandem.okr.DraftedCheckIns;
import dev.tandem.okr.DraftedCheckIns.DueDraft;
import dev.tandem.okr.KeyResultId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Check-ins drafted from data over HTTP. A script confirms a draft by posting its value
 * and confidence to {@code POST /api/v1/okr/key-results/{id}/check-ins}.
 */
@RestController
@RequestMapping("/api/v1/okr")
@Tag(name = "OKRs", description = "Objectives, key results, check-ins, closing and settings")
class CheckInDraftsApiController {

	private final DraftedCheckIns drafts;

	CheckInDraftsApiController(DraftedCheckIns drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/check-in-drafts")
	@Operation(summary = "The check-ins due this month, each drafted from data (value, suggested confidence, "
			+ "rationale); confirm one by posting it to the key result's check-ins")
	List<DueDraft> list(@RequestParam(required = false) TeamId team, @RequestParam(required = false) PersonId owner) {
		return drafts.due(team, owner);
	}

	@GetMapping("/key-results/{id}/check-in-draft")
	@Operation(summary = "The draft of this month's check-in of a key result of an active objective "
			+ "of the current quarter (404 when there is none)")
	CheckInDraft draft(@PathVariable KeyResultId id) {
		return drafts.draft(id).orElseThrow(() -> new NotFoundException("check-in draft", id));
	}

}
