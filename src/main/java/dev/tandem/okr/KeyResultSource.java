package dev.tandem.okr;

/**
 * Where a key result's value comes from. {@link Manual}: people type it in check-ins.
 * Later sources (adoption metrics, delivery) join this sealed hierarchy with their own
 * configuration and record measured values through {@link KeyResultMeasurements}; the
 * kind and a configuration string are stored with the key result.
 */
public sealed interface KeyResultSource permits KeyResultSource.Manual {

	/** The stored kind, e.g. {@code manual}. */
	String kind();

	/** The stored configuration, null when the source needs none. */
	String config();

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

	static KeyResultSource manual() {
		return new Manual();
	}

	/** Rebuilds a source from its stored kind and configuration. */
	static KeyResultSource of(String kind, String config) {
		if (kind == null || kind.isBlank() || Manual.KIND.equals(kind)) {
			return new Manual();
		}
		throw new dev.tandem.shared.InvalidInputException("source", "unknown source kind " + kind + "; known: manual");
	}

}
