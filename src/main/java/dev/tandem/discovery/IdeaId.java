package dev.tandem.discovery;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an idea; {@link #of(String)} lets a path variable bind. */
public record IdeaId(UUID value) {

	public IdeaId {
		Objects.requireNonNull(value, "value");
	}

	public static IdeaId of(String value) {
		return new IdeaId(UUID.fromString(value));
	}

	public static IdeaId random() {
		return new IdeaId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
