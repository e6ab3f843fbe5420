package dev.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.Subject;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * Personal API tokens. The secret is shown once at creation; only its SHA-256 is stored
 * (a random 256-bit secret needs no slow hash). A token acts with its owner's current
 * role, so demoting a user demotes their tokens.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "tdm_";
	static final int MAX_NAME = 100;

	/**
	 * Last-used times are written at most this often per token, so busy scripts do not
	 * write on every call.
	 */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccountRepository users, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	public record TokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}
	}

	/** The new token with its secret, which is never shown again. */
	public record CreatedToken(TokenSummary token, String secret) {
	}

	@Transactional
	public CreatedToken create(UserId owner, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "is required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new InvalidInputException("name", "must be at most {0} characters", MAX_NAME);
		}
		var account = users.findById(owner.value()).orElseThrow(() -> new NotFoundException("user", owner));
		var secret = newSecret();
		var id = UUID.randomUUID();
		var now = clock.instant();
		var prefix = displayPrefix(secret);
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, token_prefix, created_at)
				values (:id, :userId, :name, :hash, :prefix, :createdAt)
				""")
			.param("id", id)
			.param("userId", owner.value())
			.param("name", name.strip())
			.param("hash", sha256(secret))
			.param("prefix", prefix)
			.param("createdAt", Timestamp.from(now))
			.update();
		audit.record(Subject.of("user", owner), "token.created",
				"Created API token \"" + name.strip() + "\" for " + account.email(), null, prefix + "…");
		return new CreatedToken(new TokenSummary(id, name.strip(), prefix, now, null, null), secret);
	}

	@Transactional(readOnly = true)
	public List<TokenSummary> of(UserId owner) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, last_used_at, revoked_at
				from api_token where user_id = :userId order by created_at desc
				""")
			.param("userId", owner.value())
			.query((rs, row) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("token_prefix"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes one of the owner's tokens; revoking twice is harmless. */
	@Transactional
	public void revoke(UserId owner, UUID tokenId) {
		var changed = jdbc.sql("""
				update api_token set revoked_at = coalesce(revoked_at, :now) where id = :id and user_id = :userId
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("userId", owner.value())
			.update();
		if (changed == 0) {
			throw new NotFoundException("token", tokenId);
		}
		audit.record(Subject.of("user", owner), "token.revoked", "Revoked API token " + tokenId, null, null);
	}

	/** The enabled account behind an active token, if any. */
	@Transactional
	public Optional<UserSummary> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		var now = clock.instant();
		var found = jdbc.sql("""
				select id, user_id, last_used_at from api_token where token_hash = :hash and revoked_at is null
				""")
			.param("hash", sha256(secret))
			.query((rs,
					row) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
							instant(rs.getTimestamp("last_used_at")) })
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var row = found.get();
		var lastUsed = (Instant) row[2];
		if (lastUsed == null || lastUsed.plus(LAST_USED_RESOLUTION).isBefore(now)) {
			jdbc.sql("update api_token set last_used_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", row[0])
				.update();
		}
		return users.findById((UUID) row[1]).filter(UserAccount::enabled).map(UserAccount::summary);
	}

	/**
	 * {@code tdm_} and 256 random bits in URL-safe Base64: 47 characters that need no
	 * quoting anywhere.
	 */
	static String newSecret() {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What lists show so a person can tell tokens apart: too short to help anyone guess
	 * the rest.
	 */
	static String displayPrefix(String secret) {
		return secret.substring(0, 10);
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
