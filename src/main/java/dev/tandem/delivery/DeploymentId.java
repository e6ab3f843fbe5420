package dev.tandem.delivery;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a recorded deployment. */
public record DeploymentId(UUID value) {

	public DeploymentId {
		if (value == null) {
			throw new IllegalArgumentException("deployment id is required");
		}
	}

	public static DeploymentId of(String value) {
		return new DeploymentId(UUID.fromString(value));
	}

	static DeploymentId random() {
		return new DeploymentId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
