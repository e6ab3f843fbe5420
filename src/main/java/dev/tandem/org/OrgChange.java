package dev.tandem.org;

import java.time.Instant;

/**
 * One entry of the organisation's timeline: a hat started or ended, a team or group
 * created or changed, a member added or removed. {@code subjectType} is "person", "team"
 * or "group"; {@code path} is the page that shows the subject.
 */
public record OrgChange(Instant occurredAt, String actor, String action, String summary, String subjectType,
		String subjectId, String path) {
}
