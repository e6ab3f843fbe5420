package dev.tandem.roadmap;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tandem.org.TeamRef;

/**
 * A roadmap item as pages and the API show it. {@code position} is its rank in its lane,
 * 1 for the top. A team that was deleted since keeps its id with a null name.
 */
public record RoadmapItemView(RoadmapItemId id, String title, String problem, String outcome, String measure, Lane lane,
		int position, List<TeamRef> teams, List<ObjectiveLink> objectives, long version) {

	/** False when the item serves no objective: the board flags it as "not aligned". */
	@JsonProperty
	public boolean aligned() {
		return !objectives.isEmpty();
	}

}
