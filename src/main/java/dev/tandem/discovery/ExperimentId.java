package dev.tandem.discovery;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an experiment; {@link #of(String)} lets a path variable bind. */
public record ExperimentId(UUID value) {

	public ExperimentId {
		Objects.requireNonNull(value, "value");
	}

	public static ExperimentId of(String value) {
		return new ExperimentId(UUID.fromString(value));
	}

	public static ExperimentId random() {
		return new ExperimentId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
