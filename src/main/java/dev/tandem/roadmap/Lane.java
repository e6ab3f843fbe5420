package dev.tandem.roadmap;

/**
 * Where an item sits on the outcome roadmap. Lanes say how soon, not when: NOW is being
 * worked on, NEXT comes after, LATER is further out, VISION holds prototypes of what the
 * product may be in one to two years. No lane carries a date.
 */
public enum Lane {

	NOW("Now"), NEXT("Next"), LATER("Later"), VISION("Vision");

	private final String label;

	Lane(String label) {
		this.label = label;
	}

	/** The English name, for audit summaries; pages translate {@link #messageKey()}. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "roadmap.lane." + name();
	}

}
