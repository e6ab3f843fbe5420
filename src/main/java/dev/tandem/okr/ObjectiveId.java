package dev.tandem.okr;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ObjectiveId(UUID value) {

	public ObjectiveId {
		Objects.requireNonNull(value, "value");
	}

	public static ObjectiveId of(String value) {
		return new ObjectiveId(UUID.fromString(value));
	}

	public static ObjectiveId random() {
		return new ObjectiveId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
