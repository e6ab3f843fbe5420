package dev.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.tandem.shared.InvalidInputException;

/**
 * There is no default password. When Tandem starts with no account, it either creates the
 * administrator from {@code TANDEM_ADMIN_EMAIL}/{@code TANDEM_ADMIN_PASSWORD}, or prints
 * a one-time link that lets the first person create it (as Jenkins does). The token lives
 * only in this process's memory and dies with its first use.
 */
@Component
public class FirstRunSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	private static final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final IdentityProperties properties;

	private final AtomicReference<String> token = new AtomicReference<>();

	FirstRunSetup(Accounts accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * Runs after the demo organisation, which creates its own accounts, has had its turn.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void offerSetup() {
		if (!accounts.noUsersYet()) {
			return;
		}
		var admin = properties.admin();
		if (admin.configured()) {
			accounts.createFirstAdmin(admin.email(), "Administrator", admin.password());
			log.info("Created the administrator account {} from TANDEM_ADMIN_EMAIL", admin.email());
			return;
		}
		var bytes = new byte[24];
		random.nextBytes(bytes);
		token.set(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		log.warn("""

				*************************************************************
				Tandem has no account yet. Create the administrator here
				(this link works once):

				    {}/setup?token={}

				*************************************************************
				""", properties.baseUrl(), token.get());
	}

	/** True while setup is open and the token is the one printed. */
	public boolean accepts(String candidate) {
		var expected = token.get();
		return expected != null && candidate != null && accounts.noUsersYet() && MessageDigest
			.isEqual(expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
	}

	/** Creates the administrator and closes setup for good. */
	public UserSummary complete(String candidate, String email, String displayName, String rawPassword) {
		if (!accepts(candidate)) {
			throw new InvalidInputException("token", "this setup link is no longer valid");
		}
		var created = accounts.createFirstAdmin(email, displayName, rawPassword);
		token.set(null);
		return created;
	}

	/** The current one-time token, for tests that drive the setup page. */
	public String currentToken() {
		return token.get();
	}

}
