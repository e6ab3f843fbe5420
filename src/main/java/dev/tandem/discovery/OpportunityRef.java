package dev.tandem.discovery;

/** An opportunity named in another view. */
public record OpportunityRef(OpportunityId id, String title) {
}
