package dev.tandem.org;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a hat; {@link #of(String)} lets a path variable bind and refuses malformed
 * text.
 */
public record HatId(UUID value) {

	public HatId {
		Objects.requireNonNull(value, "value");
	}

	public static HatId of(String value) {
		return new HatId(UUID.fromString(value));
	}

	public static HatId random() {
		return new HatId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
