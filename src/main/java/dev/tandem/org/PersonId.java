package dev.tandem.org;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a person; {@link #of(String)} lets a path variable bind and refuses
 * malformed text.
 */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
