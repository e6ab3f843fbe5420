package dev.tandem.org;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a team; {@link #of(String)} lets a path variable bind and refuses malformed
 * text.
 */
public record TeamId(UUID value) {

	public TeamId {
		Objects.requireNonNull(value, "value");
	}

	public static TeamId of(String value) {
		return new TeamId(UUID.fromString(value));
	}

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
