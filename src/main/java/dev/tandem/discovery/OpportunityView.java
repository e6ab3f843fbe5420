package dev.tandem.discovery;

import java.util.List;

/**
 * An opportunity with its supporting insights (newest first) and its evidence summary.
 */
public record OpportunityView(OpportunityId id, String title, String description, List<InsightView> insights,
		EvidenceSummary evidence, long version) {
}
