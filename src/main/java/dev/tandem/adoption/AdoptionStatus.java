package dev.tandem.adoption;

/**
 * "Done means used": where a feature stands against its adoption target. Labels:
 * {@code adoption.feature.status.<NAME>}.
 */
public enum AdoptionStatus {

	/** The tracked work item has not been released (or the feature tracks none). */
	NOT_RELEASED,

	/** Inside its window, at or above the target pro rata of the days gone by. */
	ON_TRACK,

	/** Inside its window, below the target pro rata of the days gone by. */
	BEHIND,

	/** Its window is over and the adoption rate over the window reached the target. */
	ADOPTED,

	/** Its window is over and the adoption rate stayed below the target. */
	SHIPPED_NOT_ADOPTED;

	public String messageKey() {
		return "adoption.feature.status." + name();
	}

	/** A colour name for pages. */
	public String colour() {
		return switch (this) {
			case NOT_RELEASED -> "secondary";
			case ON_TRACK, ADOPTED -> "success";
			case BEHIND -> "warning";
			case SHIPPED_NOT_ADOPTED -> "danger";
		};
	}

}
