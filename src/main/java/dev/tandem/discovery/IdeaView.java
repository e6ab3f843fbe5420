package dev.tandem.discovery;

import java.util.UUID;

/**
 * An idea as pages and the API show it; {@code roadmapItemTitle} is null when there is no
 * roadmap item or it no longer exists.
 */
public record IdeaView(IdeaId id, OpportunityId opportunityId, String opportunityTitle, String title,
		String description, UUID roadmapItemId, String roadmapItemTitle, long version) {
}
