package dev.tandem.org;

/** A person named in another view (a duo, a member list). */
public record PersonRef(PersonId id, String name) {
}
