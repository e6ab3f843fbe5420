package dev.tandem.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dev.tandem.shared.InvalidInputException;

/**
 * A person's way into Tandem. Emails are kept lower-case so that sign-in and uniqueness
 * ignore case.
 */
@Table("app_user")
class UserAccount {

	static final int MAX_EMAIL = 254;
	static final int MAX_NAME = 200;
	static final int MIN_PASSWORD = 10;
	static final int MAX_PASSWORD = 200;

	@Id
	private final UUID id;

	private final String email;

	private String displayName;

	private String passwordHash;

	private Role role;

	private boolean enabled;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	UserAccount(UUID id, String email, String displayName, String passwordHash, Role role, boolean enabled,
			Instant createdAt, Long version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	static UserAccount create(String email, String displayName, Role role, Instant now) {
		return new UserAccount(UUID.randomUUID(), normaliseEmail(email), requireName(displayName), null,
				requireRole(role), true, now, null);
	}

	static String normaliseEmail(String email) {
		if (email == null || email.isBlank()) {
			throw new InvalidInputException("email", "is required");
		}
		var trimmed = email.trim().toLowerCase(Locale.ROOT);
		if (trimmed.length() > MAX_EMAIL) {
			throw new InvalidInputException("email", "must be at most {0} characters", MAX_EMAIL);
		}
		if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "is not a valid email address");
		}
		return trimmed;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("displayName", "is required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new InvalidInputException("displayName", "must be at most {0} characters", MAX_NAME);
		}
		return name.strip();
	}

	/** Checks a new password's length; the hash is made by the caller's encoder. */
	static void checkPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
			throw new InvalidInputException("password", "must be at least {0} characters", MIN_PASSWORD);
		}
		if (rawPassword.length() > MAX_PASSWORD) {
			throw new InvalidInputException("password", "must be at most {0} characters", MAX_PASSWORD);
		}
	}

	void setPasswordHash(String hash) {
		this.passwordHash = hash;
	}

	void changeRole(Role newRole) {
		this.role = requireRole(newRole);
	}

	private static Role requireRole(Role role) {
		if (role == null) {
			throw new InvalidInputException("role", "is required");
		}
		return role;
	}

	void rename(String newName) {
		this.displayName = requireName(newName);
	}

	void enable(boolean on) {
		this.enabled = on;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}

	Long version() {
		return version;
	}

	UserSummary summary() {
		return new UserSummary(new UserId(id), email, displayName, role, enabled, createdAt,
				version == null ? 0 : version);
	}

}
