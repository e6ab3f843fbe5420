package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.tandem.shared.InvalidInputException;

class FormErrorsTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FormErrorsTests() {
		messages.setBasenames("messages/identity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void turnsDomainMessagesIntoBundleKeys() {
		assertThat(FormErrors.key("must be at least 10 characters")).isEqualTo("must-be-at-least-10-characters");
		assertThat(FormErrors.key("an administrator already exists; sign in instead"))
			.isEqualTo("an-administrator-already-exists-sign-in-instead");
	}

	@Test
	void showsTranslatedMessagesNextToTheirFields() {
		var e = new InvalidInputException("email", "is already used by another account");

		var errors = FormErrors.of(e, messages, Locale.FRENCH);

		assertThat(errors.has("email")).isTrue();
		assertThat(errors.get("email")).isEqualTo("est déjà utilisé par un autre compte");
	}

	@Test
	void explainsTheLastAdministratorGuardInFrench() {
		var e = new InvalidInputException("role",
				"would leave Tandem without an enabled administrator; make another user an administrator first");

		assertThat(FormErrors.of(e, messages, Locale.FRENCH).get("role")).startsWith("C’est le dernier administrateur");
	}

	@Test
	void fallsBackToTheDomainMessageWhenUntranslated() {
		var e = new InvalidInputException("name", "sounds odd");

		assertThat(FormErrors.of(e, messages, Locale.FRENCH).get("name")).isEqualTo("sounds odd");
	}

}
