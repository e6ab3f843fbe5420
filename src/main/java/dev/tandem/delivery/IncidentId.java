package dev.tandem.delivery;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a recorded incident. */
public record IncidentId(UUID value) {

	public IncidentId {
		if (value == null) {
			throw new IllegalArgumentException("incident id is required");
		}
	}

	public static IncidentId of(String value) {
		return new IncidentId(UUID.fromString(value));
	}

	static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
