package dev.tandem.okr;

import java.util.UUID;

import dev.tandem.shared.InvalidInputException;

/**
 * Where a key result's value comes from. {@link Manual}: people type it in check-ins.
 * {@link Adoption}: a feature's adoption figure, measured by the adoption module, which
 * records values through {@link KeyResultMeasurements}; okr only keeps the reference. The
 * kind and a configuration string are stored with the key result; a source is named in
 * forms and the API by its {@link #id()}: {@code manual} or
 * {@code adoption:<feature id>:<metric>}.
 */
public sealed interface KeyResultSource permits KeyResultSource.Manual, KeyResultSource.Adoption {

	/** The stored kind, e.g. {@code manual}. */
	String kind();

	/** The stored configuration, null when the source needs none. */
	String config();

	/** The source as forms and the API name it: the kind, then the configuration. */
	default String id() {
		return config() == null ? kind() : kind() + ":" + config();
	}

	/** Values come from people's monthly check-ins. */
	record Manual() implements KeyResultSource {

		public static final String KIND = "manual";

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public String config() {
			return null;
		}

	}

	/**
	 * Values come from a metric (e.g. {@code adoption-rate}) of a feature defined in the
	 * adoption module.
	 */
	record Adoption(UUID featureId, String metric) implements KeyResultSource {

		public static final String KIND = "adoption";

		public Adoption {
			if (featureId == null || metric == null || !metric.matches("[a-z][a-z-]{0,39}")) {
				throw new InvalidInputException("source", "is not a valid adoption source");
			}
		}

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public String config() {
			return featureId + ":" + metric;
		}

	}

	static KeyResultSource manual() {
		return new Manual();
	}

	/** Rebuilds a source from its stored kind and configuration. */
	static KeyResultSource of(String kind, String config) {
		if (kind == null || kind.isBlank() || Manual.KIND.equals(kind)) {
			return new Manual();
		}
		if (Adoption.KIND.equals(kind) && config != null) {
			var colon = config.indexOf(':');
			try {
				return new Adoption(UUID.fromString(config.substring(0, Math.max(colon, 0))),
						config.substring(colon + 1));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("source", "is not a valid adoption source");
			}
		}
		throw new InvalidInputException("source",
				"unknown source kind " + kind + "; known: " + Manual.KIND + ", " + Adoption.KIND);
	}

	/** Parses a source as forms and the API name it ({@link #id()}); blank is manual. */
	static KeyResultSource parse(String id) {
		if (id == null || id.isBlank()) {
			return new Manual();
		}
		var text = id.strip();
		var colon = text.indexOf(':');
		return colon < 0 ? of(text, null) : of(text.substring(0, colon), text.substring(colon + 1));
	}

}
