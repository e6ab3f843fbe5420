package dev.tandem.org;

import java.util.List;

/**
 * A team as pages and the API show it: details, duo, group, members and the warnings its
 * shape raises.
 */
public record TeamView(TeamId id, String name, String mission, TeamKind kind, List<Skill> neededSkills,
		PersonRef productManager, PersonRef leadDeveloper, GroupRef group, List<MemberView> members,
		List<OrgWarning> warnings, long version) {

	public boolean hasWarnings() {
		return !warnings.isEmpty();
	}

	public boolean componentTeam() {
		return kind == TeamKind.COMPONENT;
	}
}
