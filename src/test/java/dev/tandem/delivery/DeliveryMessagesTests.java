package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.web.FieldErrorMessages;

/** Every error delivery raises and every label it shows exists in English and French. */
class DeliveryMessagesTests {

	private static final Pattern RAISED = Pattern.compile(
			"(?:InvalidInputException|FieldError|FieldError\\.of)\\(\\s*[^,()]+(?:\\([^()]*\\))?[^,()]*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?!\\s*\\+)");

	@Test
	void everyErrorDeliveryRaisesIsTranslated() throws IOException {
		var raised = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/tandem/delivery"))) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
				var matcher = RAISED.matcher(read(f));
				while (matcher.find()) {
					raised.add(matcher.group(1).replace("\\\"", "\""));
				}
			});
		}
		assertThat(raised).as("the scan finds the messages")
			.hasSizeGreaterThan(15)
			.contains("would make a loop: {0}", "is not a workflow state");

		var english = bundle("messages/errors.properties");
		var french = bundle("messages/errors_fr.properties");
		for (var message : raised) {
			var key = FieldErrorMessages.key(message);
			assertThat(english.getProperty(key)).as("English for \"%s\" (%s)", message, key).isNotBlank();
			assertThat(french.getProperty(key)).as("French for \"%s\" (%s)", message, key).isNotBlank();
		}
	}

	@Test
	void theDeliveryBundleHasTheSameKeysInBothLanguages() throws IOException {
		assertThat(bundle("messages/delivery_fr.properties").stringPropertyNames())
			.isEqualTo(bundle("messages/delivery.properties").stringPropertyNames());
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
		try (var in = new InputStreamReader(DeliveryMessagesTests.class.getClassLoader().getResourceAsStream(path),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
