package dev.tandem.org;

/** Row of a team's needed skills; the team exposes them as {@link Skill}s. */
record NeededSkill(String skill) {
}
