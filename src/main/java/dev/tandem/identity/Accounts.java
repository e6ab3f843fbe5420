package dev.tandem.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

	static final String LAST_ADMIN = "would leave Tandem without an enabled administrator; "
			+ "make another user an administrator first";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Invitations invitations;

	private final Clock clock;

	Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Invitations invitations,
			Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.invitations = invitations;
		this.clock = clock;
	}

	/**
	 * A new account; {@code invitation} is the one-time link to choose a password, null
	 * when one was given.
	 */
	public record NewAccount(UserSummary user, Invitations.Invitation invitation) {
	}

	@Transactional(readOnly = true)
	public boolean noUsersYet() {
		return users.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<UserSummary> all() {
		return users.findAllByOrderByEmail().stream().map(UserAccount::summary).toList();
	}

	/**
	 * The accounts that cannot sign in yet because their owner has not accepted the
	 * invitation.
	 */
	@Transactional(readOnly = true)
	public Set<UserId> awaitingPassword() {
		return users.findByPasswordHashIsNull().stream().map(a -> new UserId(a.id())).collect(Collectors.toSet());
	}

	/**
	 * The account behind a signed-in name (an email), for controllers that act on "me".
	 */
	@Transactional(readOnly = true)
	public UserSummary signedIn(String email) {
		return findByEmail(email).orElseThrow(() -> new NotFoundException("user", email));
	}

	@Transactional(readOnly = true)
	public UserSummary get(UserId id) {
		return load(id).summary();
	}

	/** The account with this id, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UserSummary> find(UserId id) {
		return users.findById(id.value()).map(UserAccount::summary);
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
	 * Adds an account for someone else: with the given password, or, when
	 * {@code rawPassword} is null or empty, without one and with an invitation link for
	 * its owner to choose it.
	 */
	@Transactional
	public NewAccount add(String email, String displayName, Role role, String rawPassword) {
		if (rawPassword != null && !rawPassword.isEmpty()) {
			return new NewAccount(create(email, displayName, role, rawPassword), null);
		}
		var user = create(email, displayName, role, null);
		return new NewAccount(user, invitations.issue(user.id()));
	}

	/**
	 * Creates the first administrator. Refused once any account exists, so the one-time
	 * setup link and the unattended variables cannot be replayed to take over an
	 * installation.
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

	/**
	 * Sets a user's role and whether they may sign in; {@code expectedVersion} guards
	 * against lost updates. Refuses to demote or disable the last enabled administrator,
	 * which would lock everybody out of user management.
	 */
	@Transactional
	public UserSummary update(UserId id, long expectedVersion, String displayName, Role role, boolean enabled) {
		var account = load(id);
		if (account.version() == null || account.version() != expectedVersion) {
			throw new StaleVersionException("user", id, expectedVersion);
		}
		var losesAdmin = account.role() == Role.ADMIN && account.enabled() && (role != Role.ADMIN || !enabled);
		if (losesAdmin && users.lockEnabledAdmins().size() <= 1) {
			throw new InvalidInputException(role != Role.ADMIN ? "role" : "enabled", LAST_ADMIN);
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
