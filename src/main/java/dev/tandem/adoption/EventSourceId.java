package dev.tandem.adoption;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An event source: one product surface (web app, iOS app) sending usage events. */
public record EventSourceId(UUID value) {

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
