package dev.tandem.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * One-time links that let a user created without a password choose one. The link is shown
 * to the administrator once; only the SHA-256 of its token is stored. A link lasts
 * {@link #VALIDITY} and dies with its first use; issuing a new link for the same user
 * kills the older ones.
 */
@Service
public class Invitations {

	public static final Duration VALIDITY = Duration.ofDays(7);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final IdentityProperties properties;

	private final Clock clock;

	Invitations(JdbcClient jdbc, UserAccountRepository users, PasswordEncoder passwordEncoder, AuditTrail audit,
			IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A freshly issued invitation; {@code link} is never shown again. */
	public record Invitation(UserId user, String link, Instant expiresAt) {
	}

	/** Where an invitation link stands when somebody opens it. */
	public enum Status {

		VALID, EXPIRED, USED, UNKNOWN

	}

	/**
	 * What the set-your-password page needs; email and name are empty unless the link is
	 * valid.
	 */
	public record InvitationCheck(Status status, String email, String displayName) {

		public boolean valid() {
			return status == Status.VALID;
		}

		static InvitationCheck of(Status status) {
			return new InvitationCheck(status, "", "");
		}
	}

	private record Row(UUID id, UUID userId, Instant expiresAt, Instant usedAt) {
	}

	/**
	 * Issues a new link for a user who has not chosen a password yet; earlier unused
	 * links stop working.
	 */
	@Transactional
	public Invitation issue(UserId user) {
		var account = users.findById(user.value()).orElseThrow(() -> new NotFoundException("user", user));
		if (account.passwordHash() != null) {
			throw new InvalidInputException("password", "is already set; this user can sign in");
		}
		jdbc.sql("delete from invitation where user_id = :userId and used_at is null")
			.param("userId", user.value())
			.update();
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var now = clock.instant();
		var expiresAt = now.plus(VALIDITY);
		jdbc.sql("""
				insert into invitation (id, user_id, token_hash, created_at, expires_at)
				values (:id, :userId, :hash, :createdAt, :expiresAt)
				""")
			.param("id", UUID.randomUUID())
			.param("userId", user.value())
			.param("hash", ApiTokens.sha256(token))
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		audit.record(Subject.of("user", user), "user.invited", "Issued an invitation link for " + account.email(), null,
				"valid until " + expiresAt);
		return new Invitation(user, link(token), expiresAt);
	}

	/** Tells whether a link can still be used, and for whom. */
	@Transactional(readOnly = true)
	public InvitationCheck check(String token) {
		var row = find(token);
		if (row == null) {
			return InvitationCheck.of(Status.UNKNOWN);
		}
		var status = status(row);
		if (status != Status.VALID) {
			return InvitationCheck.of(status);
		}
		var account = users.findById(row.userId()).filter(UserAccount::enabled);
		return account.map(a -> new InvitationCheck(Status.VALID, a.email(), a.displayName()))
			.orElse(InvitationCheck.of(Status.UNKNOWN));
	}

	/** Sets the invited user's name and password and uses up the link. */
	@Transactional
	public UserSummary accept(String token, String displayName, String rawPassword) {
		var row = find(token);
		if (row == null || status(row) != Status.VALID) {
			throw new InvalidInputException("token", "this invitation link is no longer valid");
		}
		var account = users.findById(row.userId())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new InvalidInputException("token", "this invitation link is no longer valid"));
		UserAccount.checkPassword(rawPassword);
		var used = jdbc.sql("update invitation set used_at = :now where id = :id and used_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", row.id())
			.update();
		if (used == 0) {
			throw new InvalidInputException("token", "this invitation link is no longer valid");
		}
		account.rename(displayName);
		account.setPasswordHash(passwordEncoder.encode(rawPassword));
		var saved = users.save(account);
		audit.record(Subject.of("user", saved.id()), "user.invitation-accepted",
				saved.email() + " accepted the invitation and chose a password", null, null);
		return saved.summary();
	}

	private Row find(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return null;
		}
		return jdbc.sql("select id, user_id, expires_at, used_at from invitation where token_hash = :hash")
			.param("hash", ApiTokens.sha256(token.strip()))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional()
			.orElse(null);
	}

	private Status status(Row row) {
		if (row.usedAt() != null) {
			return Status.USED;
		}
		return row.expiresAt().isAfter(clock.instant()) ? Status.VALID : Status.EXPIRED;
	}

	private String link(String token) {
		var base = properties.baseUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/invite?token=" + token;
	}

}
