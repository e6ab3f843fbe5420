package dev.tandem.adoption;

/**
 * One accepted event as the raw store keeps it: the fields the rollups need, already
 * validated and normalised (timestamp in epoch milliseconds, UTC), and the event's JSON
 * as it was sent (without any write key).
 */
record RawEvent(UsageEvent.Kind kind, String messageId, String userId, String anonymousId, String previousId,
		String name, long timestamp, byte[] json) {

	/** The event name its rollup row is kept under, or null for a call without one. */
	String rollupName() {
		return rollupName(kind, name);
	}

	static String rollupName(UsageEvent.Kind kind, String name) {
		return switch (kind) {
			case TRACK -> name;
			case PAGE -> "$page";
			case SCREEN -> "$screen";
			case IDENTIFY -> "$identify";
			case GROUP -> "$group";
			case ALIAS -> null;
		};
	}

}
