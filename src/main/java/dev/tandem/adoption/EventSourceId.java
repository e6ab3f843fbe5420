package dev.tandem.adoption;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An event source: one product surface (web app, iOS app) sending usage events;
 * {@link #of(String)} lets a path variable bind and refuses malformed text.
 */
public record EventSourceId(UUID value) {

	public EventSourceId {
		Objects.requireNonNull(value, "value");
	}

	public static EventSourceId of(String value) {
		return new EventSourceId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
