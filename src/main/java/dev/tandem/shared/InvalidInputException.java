package dev.tandem.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Input that breaks a domain rule (a hat that ends before it starts, an email already in
 * use). The API answers 400 with the field errors; pages show them next to the fields,
 * translated (see {@link dev.tandem.shared.web.FieldErrorMessages}).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	/**
	 * An error whose English message has values in it: {@code template} is a
	 * {@link MessageFormat} pattern such as {@code "must be at most {0} characters"}.
	 */
	public InvalidInputException(String field, String template, Object... args) {
		this(List.of(FieldError.of(field, template, args)));
	}

	public InvalidInputException(List<FieldError> errors) {
		super(errors.stream()
			.map(e -> e.field() + ": " + e.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("invalid input"));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * One field's error: {@code message} in English, as the API shows it;
	 * {@code template} and {@code args} to translate it ({@code template} is the message
	 * itself when it has no values).
	 */
	public record FieldError(String field, String message, String template, List<String> args) {

		public FieldError {
			args = args == null ? List.of() : List.copyOf(args);
			template = template == null ? message : template;
		}

		public FieldError(String field, String message) {
			this(field, message, message, List.of());
		}

		/** {@code of("name", "must be at most {0} characters", 200)}. */
		public static FieldError of(String field, String template, Object... args) {
			var values = java.util.Arrays.stream(args).map(String::valueOf).toList();
			return new FieldError(field, new MessageFormat(template, Locale.ENGLISH).format(values.toArray()), template,
					values);
		}

		/** The same error reported on another field. */
		public FieldError onField(String otherField) {
			return new FieldError(otherField, message, template, args);
		}

	}

}
