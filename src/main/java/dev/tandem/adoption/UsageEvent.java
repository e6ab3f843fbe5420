package dev.tandem.adoption;

import java.time.Instant;
import java.util.Map;

/**
 * One usage event handed to {@link UsageIngestion#accept(EventSourceId, java.util.List)}
 * in-process, in the terms of Segment's spec: who ({@code userId} and/or
 * {@code anonymousId}), what ({@code event} for a track call) and when.
 *
 * @param previousId for an alias: the id (usually the anonymous id) that becomes
 * {@code userId}
 * @param messageId the client's unique id of the event; a repeat within the deduplication
 * window is counted once. May be null (never deduplicated)
 * @param properties free properties or traits, kept in the raw store; may be null
 */
public record UsageEvent(Kind kind, String userId, String anonymousId, String previousId, String event,
		Instant timestamp, String messageId, Map<String, Object> properties) {

	/** Segment's calls; PostHog events map onto them. */
	public enum Kind {

		TRACK("track"), PAGE("page"), SCREEN("screen"), IDENTIFY("identify"), GROUP("group"), ALIAS("alias");

		private final String wire;

		Kind(String wire) {
			this.wire = wire;
		}

		/** The call's name on the wire ({@code "type"} of a batch item). */
		public String wire() {
			return wire;
		}

		/** Whether the call makes its user active on the day (track, page, screen). */
		public boolean active() {
			return this == TRACK || this == PAGE || this == SCREEN;
		}

		static Kind ofWire(String type) {
			for (var kind : values()) {
				if (kind.wire.equals(type)) {
					return kind;
				}
			}
			return null;
		}

	}

	public static UsageEvent track(String userId, String event, Instant timestamp, String messageId) {
		return new UsageEvent(Kind.TRACK, userId, null, null, event, timestamp, messageId, null);
	}

	public static UsageEvent anonymousTrack(String anonymousId, String event, Instant timestamp, String messageId) {
		return new UsageEvent(Kind.TRACK, null, anonymousId, null, event, timestamp, messageId, null);
	}

	public static UsageEvent identify(String userId, String anonymousId, Instant timestamp, String messageId) {
		return new UsageEvent(Kind.IDENTIFY, userId, anonymousId, null, null, timestamp, messageId, null);
	}

	public static UsageEvent alias(String userId, String previousId, Instant timestamp, String messageId) {
		return new UsageEvent(Kind.ALIAS, userId, null, previousId, null, timestamp, messageId, null);
	}

}
