package dev.tandem.roadmap;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a roadmap item; {@link #of(String)} lets a path variable bind and refuses
 * malformed text.
 */
public record RoadmapItemId(UUID value) {

	public RoadmapItemId {
		Objects.requireNonNull(value, "value");
	}

	public static RoadmapItemId of(String value) {
		return new RoadmapItemId(UUID.fromString(value));
	}

	public static RoadmapItemId random() {
		return new RoadmapItemId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
