package dev.tandem.delivery;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a work item; {@link #of(String)} lets a path variable bind and refuses
 * malformed text.
 */
public record WorkItemId(UUID value) {

	public WorkItemId {
		Objects.requireNonNull(value, "value");
	}

	public static WorkItemId of(String value) {
		return new WorkItemId(UUID.fromString(value));
	}

	public static WorkItemId random() {
		return new WorkItemId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
