package dev.tandem.discovery;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an opportunity; {@link #of(String)} lets a path variable bind. */
public record OpportunityId(UUID value) {

	public OpportunityId {
		Objects.requireNonNull(value, "value");
	}

	public static OpportunityId of(String value) {
		return new OpportunityId(UUID.fromString(value));
	}

	public static OpportunityId random() {
		return new OpportunityId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
