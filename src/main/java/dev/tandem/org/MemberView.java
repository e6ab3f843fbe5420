package dev.tandem.org;

import java.util.List;

/**
 * A member of a team with their skills there, their allocation to it and their total
 * across all teams.
 */
public record MemberView(PersonRef person, List<Skill> skills, int allocationPercent, int totalAllocationPercent) {

	/** More than 100% across teams: allowed, shown as a warning. */
	public boolean overAllocated() {
		return totalAllocationPercent > OrgRules.FULL_ALLOCATION;
	}
}
