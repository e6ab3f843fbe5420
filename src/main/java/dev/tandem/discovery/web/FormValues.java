package dev.tandem.discovery.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.tandem.shared.InvalidInputException;

/**
 * Reads form text: an empty choice is "none", text that is not a valid choice, id or date
 * is invalid input on its field.
 */
final class FormValues {

	private FormValues() {
	}

	static <T> T optional(String text, Function<String, T> parse, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse.apply(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "must be a date like 2026-11-27");
		}
	}

	static Long version(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * Runs one conversion; its field errors join {@code errors} and the result is null.
	 */
	static <T> T collect(List<InvalidInputException.FieldError> errors, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	static void throwIfAny(List<InvalidInputException.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
