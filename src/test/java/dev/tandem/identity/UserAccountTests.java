package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@Test
	void keepsEmailsTrimmedAndLowerCase() {
		var account = UserAccount.create("  Ada.Lovelace@Example.COM ", "Ada", Role.MEMBER, NOW);

		assertThat(account.email()).isEqualTo("ada.lovelace@example.com");
	}

	@Test
	void rejectsMissingOrMalformedEmails() {
		for (var email : new String[] { null, "", "   ", "ada", "ada@example", "ada@@example.com",
				"a da@example.com" }) {
			assertThatThrownBy(() -> UserAccount.create(email, "Ada", Role.MEMBER, NOW)).as("email %s", email)
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
							.containsExactly("email"));
		}
	}

	@Test
	void rejectsEmailsLongerThanTheColumn() {
		var longEmail = "a".repeat(250) + "@example.com";

		assertThatThrownBy(() -> UserAccount.create(longEmail, "Ada", Role.MEMBER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at most 254");
	}

	@Test
	void requiresANameAndARole() {
		assertThatThrownBy(() -> UserAccount.create("ada@example.com", " ", Role.MEMBER, NOW))
			.hasMessageContaining("displayName");
		assertThatThrownBy(() -> UserAccount.create("ada@example.com", "Ada", null, NOW)).hasMessageContaining("role");
	}

	@Test
	void startsEnabledWithoutPassword() {
		var account = UserAccount.create("ada@example.com", " Ada ", Role.VIEWER, NOW);

		assertThat(account.enabled()).isTrue();
		assertThat(account.passwordHash()).isNull();
		assertThat(account.displayName()).isEqualTo("Ada");
		assertThat(account.summary().version()).isZero();
	}

	@Test
	void acceptsPasswordsFromTenToTwoHundredCharacters() {
		UserAccount.checkPassword("x".repeat(10));
		UserAccount.checkPassword("x".repeat(200));

		assertThatThrownBy(() -> UserAccount.checkPassword("x".repeat(9))).hasMessageContaining("at least 10");
		assertThatThrownBy(() -> UserAccount.checkPassword("x".repeat(201))).hasMessageContaining("at most 200");
		assertThatThrownBy(() -> UserAccount.checkPassword(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesToLoseItsRole() {
		var account = UserAccount.create("ada@example.com", "Ada", Role.ADMIN, NOW);

		assertThatThrownBy(() -> account.changeRole(null)).isInstanceOf(InvalidInputException.class);
		assertThat(account.role()).isEqualTo(Role.ADMIN);
	}

}
