package dev.tandem.org.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;

/**
 * Turns form text into values, collecting what cannot be read as field errors to show
 * next to the fields.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * Field → message in the reader's language (the request's locale), in the order the
	 * errors were found.
	 */
	static Map<String, String> errorsOf(InvalidInputException e, MessageSource messages) {
		return FieldErrorMessages.of(e, messages, LocaleContextHolder.getLocale()).byField();
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
