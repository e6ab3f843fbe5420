package dev.tandem.org;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Set;
import java.util.UUID;

import dev.tandem.shared.InvalidInputException;

/**
 * A person in a team: the skills they bring there and the share of their time it takes
 * (1–100%).
 */
@Table("org_membership")
record Membership(UUID personId, String skills, int allocationPercent) {

	Membership {
		java.util.Objects.requireNonNull(personId, "personId");
		if (allocationPercent < 1 || allocationPercent > 100) {
			throw new InvalidInputException("allocationPercent", "must be between 1 and 100");
		}
		skills = skills == null ? "" : skills;
	}

	static Membership of(PersonId person, Set<Skill> skills, int allocationPercent) {
		if (person == null) {
			throw new InvalidInputException("personId", "is required");
		}
		return new Membership(person.value(), OrgRules.csvOf(skills), allocationPercent);
	}

	Set<Skill> skillSet() {
		return OrgRules.skillsOf(skills);
	}

	@Override
	public String toString() {
		return allocationPercent + "%" + (skills.isEmpty() ? "" : " as " + skills.replace(",", ", "));
	}
}
