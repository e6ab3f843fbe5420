package dev.tandem.adoption;

/**
 * What an ingestion request is, from the path it was sent to: one of Segment's calls
 * ({@code /v1/track} …), a Segment batch ({@code /v1/batch}, {@code /v1/import}), or a
 * PostHog capture ({@code /capture/}, {@code /batch/}, {@code /e/}).
 */
public enum IngestionCall {

	TRACK(UsageEvent.Kind.TRACK), PAGE(UsageEvent.Kind.PAGE), SCREEN(UsageEvent.Kind.SCREEN),
	IDENTIFY(UsageEvent.Kind.IDENTIFY), GROUP(UsageEvent.Kind.GROUP), ALIAS(UsageEvent.Kind.ALIAS), BATCH(null),
	POSTHOG(null);

	private final UsageEvent.Kind single;

	IngestionCall(UsageEvent.Kind single) {
		this.single = single;
	}

	/** The kind of the one event a single Segment call carries; null for batches. */
	UsageEvent.Kind single() {
		return single;
	}

}
