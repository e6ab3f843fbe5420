package dev.tandem.delivery;

import java.util.List;

import dev.tandem.org.TeamRef;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * A feature and the teams its own work, its children and their dependencies need: when
 * there is more than one, the feature is the "one feature, several tickets" smell a
 * stream-aligned team should not have.
 */
public record CrossTeamFeature(WorkItemId id, String title, WorkflowState state, RoadmapItemId roadmapItemId,
		TeamRef owner, List<TeamRef> teams, int teamCount) {

	public CrossTeamFeature {
		teams = List.copyOf(teams);
	}

	public boolean crossTeam() {
		return teamCount > 1;
	}

}
