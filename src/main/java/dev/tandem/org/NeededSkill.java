package dev.tandem.org;

import org.springframework.data.relational.core.mapping.Table;

/** Row of a team's needed skills; the team exposes them as {@link Skill}s. */
@Table("org_team_skill")
record NeededSkill(String skill) {
}
