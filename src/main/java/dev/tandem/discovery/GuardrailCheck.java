package dev.tandem.discovery;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tandem.shared.InvalidInputException;

/**
 * The guardrail's verdict on a roadmap item: whether the rule is on, whether the evidence
 * satisfies it (always when it is off), the latest override if any, the evidence found
 * and a message a person can act on.
 */
public record GuardrailCheck(UUID roadmapItemId, boolean enabled, boolean satisfied, GuardrailOverride override,
		RoadmapItemEvidence evidence, String message, InvalidInputException.FieldError shortfall) {

	/**
	 * Whether the item may go ahead: the evidence is enough or someone overrode the rule.
	 */
	@JsonProperty
	public boolean passes() {
		return satisfied || override != null;
	}

	/** Refuses when the item may not go ahead, as a field error on {@code field}. */
	public void requirePasses(String field) {
		if (!passes()) {
			throw new InvalidInputException(List.of(shortfall.onField(field)));
		}
	}

}
