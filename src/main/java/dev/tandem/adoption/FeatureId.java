package dev.tandem.adoption;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a feature (adoption definition); {@link #of(String)} lets a path variable
 * bind.
 */
public record FeatureId(UUID value) {

	public FeatureId {
		Objects.requireNonNull(value, "value");
	}

	public static FeatureId of(String value) {
		return new FeatureId(UUID.fromString(value));
	}

	public static FeatureId random() {
		return new FeatureId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
