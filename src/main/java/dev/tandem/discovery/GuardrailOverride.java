package dev.tandem.discovery;

import java.time.Instant;
import java.util.UUID;

import dev.tandem.org.HatKind;
import dev.tandem.org.PersonId;

/**
 * Someone let a roadmap item go ahead without the evidence the guardrail asks for: who,
 * wearing which hat, when and why. {@code roadmapItemTitle} is null when the item no
 * longer exists.
 */
public record GuardrailOverride(UUID id, UUID roadmapItemId, String roadmapItemTitle, String reason, PersonId personId,
		String personName, HatKind hat, Instant createdAt) {
}
