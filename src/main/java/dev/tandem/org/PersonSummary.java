package dev.tandem.org;

import java.util.List;
import java.util.UUID;

/**
 * A person in a list: titles of today (e.g. "CPTO") and how much of their time teams
 * take.
 */
public record PersonSummary(PersonId id, String name, String email, UUID userId, List<String> titles,
		int totalAllocationPercent, long version) {

	public boolean overAllocated() {
		return totalAllocationPercent > OrgRules.FULL_ALLOCATION;
	}
}
