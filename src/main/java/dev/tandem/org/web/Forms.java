package dev.tandem.org.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tandem.shared.InvalidInputException;

/**
 * Turns form text into values, collecting what cannot be read as field errors to show
 * next to the fields.
 */
final class Forms {

	private Forms() {
	}

	/** Field → message, in the order the errors were found. */
	static Map<String, String> errorsOf(InvalidInputException e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
		return errors;
	}

	static UUID optionalId(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	/** An id, or null when the text is blank or not an id. */
	static UUID optionalIdOrNull(String text) {
		try {
			return optionalId(text, "id");
		}
		catch (InvalidInputException e) {
			return null;
		}
	}

	static LocalDate optionalDate(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "is not a date (yyyy-mm-dd)");
		}
	}

	static <E extends Enum<E>> E requiredEnum(Class<E> type, String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid choice");
		}
	}

	static int requiredPercent(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a whole number between 1 and 100");
		}
	}

	/**
	 * Runs one conversion; its field errors join {@code errors} and the result is null,
	 * so all fields get checked.
	 */
	static <T> T collect(List<InvalidInputException.FieldError> errors, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
