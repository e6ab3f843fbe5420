package dev.tandem.org;

import java.util.List;
import java.util.UUID;

/**
 * Everything about a person: titles of today ("CPTO" when they wear both the CTO and CPO
 * hats), current hats, the whole hat history (newest first), the teams they belong to and
 * warnings such as an allocation over 100%.
 */
public record PersonView(PersonId id, String name, String email, UUID userId, List<String> titles,
		List<HatView> currentHats, List<HatView> hatHistory, List<PersonTeamView> teams, int totalAllocationPercent,
		List<OrgWarning> warnings, long version) {

	/** The first title, e.g. "CPTO", or null when the person wears no hat today. */
	public String title() {
		return titles.isEmpty() ? null : titles.get(0);
	}

	/** A person's membership as seen from the person. */
	public record PersonTeamView(TeamRef team, List<Skill> skills, int allocationPercent) {
	}
}
