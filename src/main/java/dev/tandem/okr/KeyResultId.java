package dev.tandem.okr;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record KeyResultId(UUID value) {

	public KeyResultId {
		Objects.requireNonNull(value, "value");
	}

	public static KeyResultId of(String value) {
		return new KeyResultId(UUID.fromString(value));
	}

	public static KeyResultId random() {
		return new KeyResultId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
