package dev.tandem.org;

/** A team named in another view. */
public record TeamRef(TeamId id, String name) {
}
