package dev.tandem.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change. {@code before} and {@code after} are short human-readable
 * summaries, empty when not applicable.
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, Subject subject, Subject related, String action,
		String summary, String before, String after) {
}
