package dev.tandem.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import dev.tandem.shared.InvalidInputException;

/**
 * Field errors as a form shows them, next to their fields, in the reader's language.
 * Domain messages are English; each is looked up as {@code invalid.<template-as-slug>} in
 * the {@code messages/errors} bundle (values such as a date or a limit fill its
 * placeholders), so a page in French shows French, and an untranslated message still
 * shows in English rather than not at all.
 */
public record FieldErrorMessages(Map<String, String> byField) {

	public FieldErrorMessages {
		byField = Map.copyOf(byField);
	}

	public static FieldErrorMessages none() {
		return new FieldErrorMessages(Map.of());
	}

	/** Every field's messages, translated; several on one field are joined. */
	public static FieldErrorMessages of(InvalidInputException e, MessageSource messages, Locale locale) {
		var byField = new LinkedHashMap<String, String>();
		e.errors()
			.forEach(error -> byField.merge(error.field(), message(error, messages, locale),
					(first, second) -> first + " " + second));
		return new FieldErrorMessages(byField);
	}

	/** One message from the bundle (not a domain error), e.g. a page's own check. */
	public static FieldErrorMessages of(String field, String messageKey, MessageSource messages, Locale locale) {
		return new FieldErrorMessages(Map.of(field, messages.getMessage(messageKey, null, messageKey, locale)));
	}

	public static String message(InvalidInputException.FieldError error, MessageSource messages, Locale locale) {
		var args = error.args().isEmpty() ? null : error.args().toArray();
		return messages.getMessage(key(error.template()), args, error.message(), locale);
	}

	/** "must be at most {0} characters" → "invalid.must-be-at-most-0-characters". */
	public static String key(String template) {
		return "invalid." + template.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

}
