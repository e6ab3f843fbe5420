package dev.tandem.adoption;

import java.util.Arrays;
import java.util.Optional;

/**
 * The feature figures a key result can take its value from. Labels:
 * {@code adoption.metric.kr.<name>}.
 */
public enum KeyResultMetric {

	/**
	 * Adoption rate in percent over the adoption window so far (over the last window's
	 * worth of days before release).
	 */
	ADOPTION_RATE("adoption-rate"),

	/** Distinct feature users over the same days. */
	FEATURE_USERS("feature-users"),

	/** Mean stickiness (feature DAU ÷ MAU) of the last 30 days, in percent. */
	STICKINESS("stickiness");

	private final String id;

	KeyResultMetric(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<KeyResultMetric> of(String id) {
		return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
	}

}
