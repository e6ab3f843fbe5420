package dev.tandem.discovery;

/** An opportunity in a list, with its evidence summary and how many ideas answer it. */
public record OpportunitySummary(OpportunityId id, String title, EvidenceSummary evidence, int ideas, long version) {
}
