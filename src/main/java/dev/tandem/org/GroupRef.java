package dev.tandem.org;

/** A group named in another view. */
public record GroupRef(GroupId id, String name) {
}
