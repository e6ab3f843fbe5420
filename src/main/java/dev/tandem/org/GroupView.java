package dev.tandem.org;

import java.util.List;

/** A group of teams with its duo, its teams and the warnings about its duo. */
public record GroupView(GroupId id, String name, String mission, PersonRef productDirector,
		PersonRef engineeringManager, List<TeamRef> teams, List<OrgWarning> warnings, long version) {
}
