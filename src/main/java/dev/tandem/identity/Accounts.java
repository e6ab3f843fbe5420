package dev.tandem.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** Creates and manages user accounts. Every change is audited. */
@Service
public class Accounts {

	private final UserAccountRepository users;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Clock clock;

	Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean noUsersYet() {
		return users.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<UserSummary> all() {
		return users.findAllByOrderByEmail().stream().map(UserAccount::summary).toList();
	}

	@Transactional(readOnly = true)
	public UserSummary get(UserId id) {
		return load(id).summary();
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return users.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT)).map(UserAccount::summary);
	}

	/** Creates an account that can sign in with the given password. */
	@Transactional
	public UserSummary create(String email, String displayName, Role role, String rawPassword) {
		var account = UserAccount.create(email, displayName, role, clock.instant());
		if (rawPassword != null) {
			UserAccount.checkPassword(rawPassword);
			account.setPasswordHash(passwordEncoder.encode(rawPassword));
		}
		if (users.existsByEmail(account.email())) {
			throw new InvalidInputException("email", "is already used by another account");
		}
		var saved = users.save(account);
		audit.record(Subject.of("user", saved.id()), "user.created",
				"Created user " + saved.email() + " with role " + saved.role(), null,
				saved.email() + " (" + saved.role() + ")");
		return saved.summary();
	}

	/**
	 * Creates the first administrator. Refused once any account exists, so the one-time setup link and the unattended
	 * variables cannot be replayed to take over an installation.
	 */
	@Transactional
	public synchronized UserSummary createFirstAdmin(String email, String displayName, String rawPassword) {
		if (!noUsersYet()) {
			throw new InvalidInputException("email", "an administrator already exists; sign in instead");
		}
		if (rawPassword == null) {
			throw new InvalidInputException("password", "is required");
		}
		return create(email, displayName, Role.ADMIN, rawPassword);
	}

	/** Changes the signed-in user's own password; the current one must be given. */
	@Transactional
	public void changePassword(UserId id, String currentPassword, String newPassword) {
		var account = load(id);
		if (currentPassword == null || account.passwordHash() == null
				|| !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("currentPassword", "is not your current password");
		}
		UserAccount.checkPassword(newPassword);
		account.setPasswordHash(passwordEncoder.encode(newPassword));
		users.save(account);
		audit.record(Subject.of("user", id), "user.password-changed", "Changed the password of " + account.email(),
				null, null);
	}

	/** Sets a user's role and whether they may sign in; {@code expectedVersion} guards against lost updates. */
	@Transactional
	public UserSummary update(UserId id, long expectedVersion, String displayName, Role role, boolean enabled) {
		var account = load(id);
		if (account.version() == null || account.version() != expectedVersion) {
			throw new StaleVersionException("user", id, expectedVersion);
		}
		var before = account.displayName() + ", " + account.role() + (account.enabled() ? "" : ", disabled");
		account.rename(displayName);
		account.changeRole(role);
		account.enable(enabled);
		var saved = users.save(account);
		audit.record(Subject.of("user", id), "user.updated", "Updated user " + saved.email(), before,
				saved.displayName() + ", " + saved.role() + (saved.enabled() ? "" : ", disabled"));
		return saved.summary();
	}

	private UserAccount load(UserId id) {
		return users.findById(id.value()).orElseThrow(() -> new NotFoundException("user", id));
	}
}
