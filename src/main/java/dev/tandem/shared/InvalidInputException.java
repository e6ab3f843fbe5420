package dev.tandem.shared;

import java.util.List;

/**
 * Input that breaks a domain rule (a hat that ends before it starts, an email already in
 * use). The API answers 400 with the field errors; pages show them next to the fields.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
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

	public record FieldError(String field, String message) {
	}

}
