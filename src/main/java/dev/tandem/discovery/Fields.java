package dev.tandem.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * The checks every discovery record makes on its text fields, collecting field errors.
 */
final class Fields {

	private Fields() {
	}

	static void required(List<FieldError> errors, String field, String text, int max) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else {
			optional(errors, field, text, max);
		}
	}

	static void optional(List<FieldError> errors, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			errors.add(FieldError.of(field, "must be at most {0} characters", max));
		}
	}

	static void requiredChoice(List<FieldError> errors, String field, Object choice) {
		if (choice == null) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	/**
	 * A link must be an absolute http or https address, so a page can safely link to it.
	 */
	static void link(List<FieldError> errors, String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return;
		}
		optional(errors, field, text, max);
		try {
			var uri = new URI(text.strip());
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				errors.add(new FieldError(field, "must be an http or https address"));
			}
		}
		catch (URISyntaxException e) {
			errors.add(new FieldError(field, "must be an http or https address"));
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
