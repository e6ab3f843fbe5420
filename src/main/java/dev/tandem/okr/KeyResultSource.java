package dev.tandem.okr;

import java.util.UUID;

import dev.tandem.shared.InvalidInputException;

/**
 * Where a key result's value comes from. {@link Manual}: people type it in check-ins.
 * {@link Adoption}: a feature's adoption figure, measured by the adoption module, which
 * records values through {@link KeyResultMeasurements}; okr only keeps the reference.
 * {@link Delivery}: the share of linked work items done, measured by the delivery module
 * the same way. The kind and a configuration string are stored with the key result; a
 * source is named in forms and the API by its {@link #id()}: {@code manual},
 * {@code adoption:<feature id>:<metric>}, {@code delivery:roadmap-item:<id>} or
 * {@code delivery:feature:<work item id>}.
 */
public sealed interface KeyResultSource
		permits KeyResultSource.Manual, KeyResultSource.Adoption, KeyResultSource.Delivery {

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

	/**
	 * Values come from delivery: the share (in percent) of the work items linked to a
	 * roadmap item, or under a FEATURE work item, that are done. What counts as linked
	 * and done is the delivery module's rule.
	 */
	record Delivery(Link link, UUID target) implements KeyResultSource {

		public static final String KIND = "delivery";

		/** What the key result is linked to. */
		public enum Link {

			ROADMAP_ITEM("roadmap-item"), FEATURE("feature");

			private final String id;

			Link(String id) {
				this.id = id;
			}

			public String id() {
				return id;
			}

			static Link of(String id) {
				for (var link : values()) {
					if (link.id.equals(id)) {
						return link;
					}
				}
				throw new InvalidInputException("source", "is not a valid delivery source");
			}

		}

		public Delivery {
			if (link == null || target == null) {
				throw new InvalidInputException("source", "is not a valid delivery source");
			}
		}

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public String config() {
			return link.id() + ":" + target;
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
		if (Delivery.KIND.equals(kind) && config != null) {
			var colon = config.indexOf(':');
			try {
				return new Delivery(Delivery.Link.of(config.substring(0, Math.max(colon, 0))),
						UUID.fromString(config.substring(colon + 1)));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("source", "is not a valid delivery source");
			}
		}
		throw new InvalidInputException("source", "unknown source kind " + kind + "; known: " + Manual.KIND + ", "
				+ Adoption.KIND + ", " + Delivery.KIND);
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
