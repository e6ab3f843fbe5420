package dev.tandem.discovery.web;

import dev.tandem.shared.InvalidInputException;

/** The version an update must quote. */
final class Versions {

	private Versions() {
	}

	static long required(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", "is required");
		}
		return version;
	}

}
