package dev.tandem.discovery;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** Row of the insights supporting an opportunity. */
@Table("discovery_opportunity_insight")
record OpportunityInsight(UUID insightId) {
}
