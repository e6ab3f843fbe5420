package dev.tandem.org;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a group; {@link #of(String)} lets a path variable bind and refuses malformed
 * text.
 */
public record GroupId(UUID value) {

	public GroupId {
		Objects.requireNonNull(value, "value");
	}

	public static GroupId of(String value) {
		return new GroupId(UUID.fromString(value));
	}

	public static GroupId random() {
		return new GroupId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
