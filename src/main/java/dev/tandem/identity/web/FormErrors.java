package dev.tandem.identity.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import dev.tandem.shared.InvalidInputException;

/**
 * Field errors as a form shows them, next to their fields. Domain messages are English
 * sentences; each is looked up as {@code invalid.<message-as-slug>} in the bundles, so a
 * page in French shows French, and an untranslated message still shows in English rather
 * than not at all.
 */
record FormErrors(Map<String, String> byField) {

	static FormErrors none() {
		return new FormErrors(Map.of());
	}

	static FormErrors of(InvalidInputException e, MessageSource messages, Locale locale) {
		var byField = new LinkedHashMap<String, String>();
		e.errors()
			.forEach(error -> byField.merge(error.field(),
					messages.getMessage("invalid." + key(error.message()), null, error.message(), locale),
					(first, second) -> first + " " + second));
		return new FormErrors(Map.copyOf(byField));
	}

	static FormErrors of(String field, String messageKey, MessageSource messages, Locale locale) {
		return new FormErrors(Map.of(field, messages.getMessage(messageKey, null, messageKey, locale)));
	}

	static String key(String message) {
		return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
