package dev.tandem.discovery.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.discovery.DiscoveryEvidence;
import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.discovery.GuardrailCheck;
import dev.tandem.discovery.GuardrailOverride;
import dev.tandem.discovery.RoadmapItemEvidence;
import dev.tandem.org.HatKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The evidence guardrail over HTTP: its rule (administrators change it), a roadmap item's
 * evidence and verdict, and overrides.
 */
@RestController
@RequestMapping("/api/v1/discovery")
@Tag(name = "Evidence guardrail",
		description = "Roadmap items go into Now only with enough discovery evidence, or an override with a reason")
class GuardrailApiController {

	private final EvidenceGuardrail guardrail;

	private final DiscoveryEvidence evidence;

	GuardrailApiController(EvidenceGuardrail guardrail, DiscoveryEvidence evidence) {
		this.guardrail = guardrail;
		this.evidence = evidence;
	}

	record GuardrailSettingsRequest(Boolean enabled, Integer minimumInsights, Boolean validatedExperimentSuffices,
			List<HatKind> overrideHats, Long version) {
	}

	record GuardrailSettingsResponse(boolean enabled, int minimumInsights, boolean validatedExperimentSuffices,
			List<HatKind> overrideHats, long version) {

		static GuardrailSettingsResponse of(EvidenceGuardrail.Settings settings) {
			var rule = settings.rule();
			return new GuardrailSettingsResponse(rule.enabled(), rule.minimumInsights(),
					rule.validatedExperimentSuffices(), rule.overrideHatsInOrder(), settings.version());
		}

	}

	record OverrideRequest(String reason) {
	}

	@GetMapping("/guardrail")
	@Operation(summary = "The evidence guardrail rule")
	GuardrailSettingsResponse settings() {
		return GuardrailSettingsResponse.of(guardrail.settings());
	}

	@PutMapping("/guardrail")
	@Operation(summary = "Change the evidence guardrail rule (administrators only); send the version you read")
	GuardrailSettingsResponse change(@RequestBody GuardrailSettingsRequest request) {
		return GuardrailSettingsResponse.of(guardrail.change(request.enabled(), request.minimumInsights(),
				request.validatedExperimentSuffices(), request.overrideHats(), request.version()));
	}

	@GetMapping("/guardrail/overrides")
	@Operation(summary = "Every override of the guardrail, newest first")
	List<GuardrailOverride> overrides() {
		return guardrail.overrides();
	}

	@GetMapping("/roadmap-items/{id}/evidence")
	@Operation(summary = "A roadmap item's evidence: its ideas, their opportunities, insights and experiments")
	RoadmapItemEvidence evidence(@PathVariable UUID id) {
		return evidence.forRoadmapItem(id);
	}

	@GetMapping("/roadmap-items/{id}/guardrail")
	@Operation(summary = "The guardrail's verdict on a roadmap item, with a message saying what is missing")
	GuardrailCheck check(@PathVariable UUID id) {
		return guardrail.check(id);
	}

	@GetMapping("/roadmap-items/{id}/overrides")
	@Operation(summary = "The overrides of a roadmap item, newest first")
	List<GuardrailOverride> overridesOf(@PathVariable UUID id) {
		return guardrail.overridesOf(id);
	}

	@PostMapping("/roadmap-items/{id}/overrides")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Let a roadmap item go ahead without the evidence, with a reason; only people wearing a "
			+ "configured hat (403 otherwise)")
	GuardrailOverride override(@PathVariable UUID id, @RequestBody OverrideRequest request, Principal principal) {
		return guardrail.override(id, request.reason(), principal.getName());
	}

}
