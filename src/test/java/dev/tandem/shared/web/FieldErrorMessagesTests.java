package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.tandem.shared.InvalidInputException;

class FieldErrorMessagesTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FieldErrorMessagesTests() {
		messages.setBasenames("messages/errors");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void turnsDomainMessagesIntoBundleKeys() {
		assertThat(FieldErrorMessages.key("must be at most {0} characters"))
			.isEqualTo("invalid.must-be-at-most-0-characters");
		assertThat(FieldErrorMessages.key("an administrator already exists; sign in instead"))
			.isEqualTo("invalid.an-administrator-already-exists-sign-in-instead");
	}

	@Test
	void showsTranslatedMessagesNextToTheirFields() {
		var e = new InvalidInputException("email", "is already used by another account");

		var errors = FieldErrorMessages.of(e, messages, Locale.FRENCH);

		assertThat(errors.has("email")).isTrue();
		assertThat(errors.get("email")).isEqualTo("est déjà utilisé par un autre compte");
	}

	@Test
	void fillsTheValuesOfAMessageInBothLanguages() {
		var e = new InvalidInputException("endsOn", "must not be before the start date {0}", LocalDate.of(2026, 3, 1));

		assertThat(e.errors().get(0).message()).isEqualTo("must not be before the start date 2026-03-01");
		assertThat(FieldErrorMessages.of(e, messages, Locale.FRENCH).get("endsOn"))
			.isEqualTo("ne doit pas précéder la date de début 2026-03-01");
		assertThat(FieldErrorMessages.of(e, messages, Locale.ENGLISH).get("endsOn"))
			.isEqualTo("must not be before the start date 2026-03-01");
		assertThat(FieldErrorMessages
			.of(new InvalidInputException("name", "must be at most {0} characters", 2000), messages, Locale.FRENCH)
			.get("name")).isEqualTo("doit faire au plus 2000 caractères");
	}

	@Test
	void explainsTheLastAdministratorGuardInFrench() {
		var e = new InvalidInputException("role",
				"would leave Tandem without an enabled administrator; make another user an administrator first");

		assertThat(FieldErrorMessages.of(e, messages, Locale.FRENCH).get("role"))
			.startsWith("C’est le dernier administrateur");
	}

	@Test
	void joinsSeveralErrorsOnOneField() {
		var e = new InvalidInputException(
				List.of(InvalidInputException.FieldError.of("skills", "\"{0}\": a skill cannot be empty", "_"),
						new InvalidInputException.FieldError("skills", "at most 30 skills")));

		assertThat(FieldErrorMessages.of(e, messages, Locale.FRENCH).get("skills"))
			.isEqualTo("« _ » : une compétence ne peut pas être vide 30 compétences au plus");
	}

	@Test
	void fallsBackToTheDomainMessageWhenUntranslated() {
		var e = new InvalidInputException("name", "sounds odd");

		assertThat(FieldErrorMessages.of(e, messages, Locale.FRENCH).get("name")).isEqualTo("sounds odd");
	}

	/**
	 * Messages built from a value rather than written out where they are raised (a
	 * constant, a caught exception's message).
	 */
	private static final List<String> NOT_LITERAL = List.of(
			"would leave Tandem without an enabled administrator; make another user an administrator first",
			"\"{0}\": a skill cannot be empty", "\"{0}\": a skill must have 1 to 40 characters",
			"\"{0}\": a skill may hold letters, digits, spaces and + # . - / only");

	private static final Pattern RAISED = Pattern.compile(
			"(?:InvalidInputException|FieldError|FieldError\\.of)\\(\\s*[^,()]+(?:\\([^()]*\\))?[^,()]*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?!\\s*\\+)");

	@Test
	void everyMessageOrgAndIdentityRaiseHasAnEnglishAndAFrenchTranslation() throws IOException {
		var raised = new TreeSet<String>(NOT_LITERAL);
		try (Stream<Path> files = Stream.of("org", "identity", "shared")
			.flatMap(module -> walk(Path.of("src/main/java/dev/tandem", module)))) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
				var matcher = RAISED.matcher(read(f));
				while (matcher.find()) {
					raised.add(matcher.group(1).replace("\\\"", "\""));
				}
			});
		}
		assertThat(raised).as("the scan finds the messages")
			.hasSizeGreaterThan(30)
			.contains("must not be before the start date {0}", "this hat already ends on {0}", "is not a valid choice",
					"is already the name of another team", "is not your current password", "the two passwords differ");

		var english = bundle("messages/errors.properties");
		var french = bundle("messages/errors_fr.properties");
		for (var message : raised) {
			var key = FieldErrorMessages.key(message);
			assertThat(english.getProperty(key)).as("English for \"%s\" (%s)", message, key).isNotBlank();
			assertThat(french.getProperty(key)).as("French for \"%s\" (%s)", message, key).isNotBlank();
		}
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
	}

	private static Stream<Path> walk(Path dir) {
		try {
			return Files.walk(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties bundle(String path) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(FieldErrorMessagesTests.class.getClassLoader().getResourceAsStream(path),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
