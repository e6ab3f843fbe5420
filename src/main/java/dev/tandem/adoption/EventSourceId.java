package dev.tandem.adoption;

import java.util.UUID;

/** An event source: one product surface (web app, iOS app) sending usage events. */
public record EventSourceId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
