package dev.tandem.discovery;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an insight; {@link #of(String)} lets a path variable bind. */
public record InsightId(UUID value) {

	public InsightId {
		Objects.requireNonNull(value, "value");
	}

	public static InsightId of(String value) {
		return new InsightId(UUID.fromString(value));
	}

	public static InsightId random() {
		return new InsightId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
