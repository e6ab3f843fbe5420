package dev.tandem.identity;

import java.time.Instant;

/**
 * A user account as other modules and the API see it; never carries the password hash.
 */
public record UserSummary(UserId id, String email, String displayName, Role role, boolean enabled, Instant createdAt,
		long version) {
}
