package dev.tandem.delivery;

import java.time.Instant;
import java.util.List;

import dev.tandem.org.PersonRef;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamRef;
import dev.tandem.roadmap.RoadmapItemId;

/**
 * A work item as pages and the API show it. {@code descriptionHtml} is the Markdown
 * description rendered with raw HTML escaped and unsafe links neutralised.
 * {@code crossTeam} is set on a feature whose children or dependencies involve more than
 * one team.
 */
public record WorkItemView(WorkItemId id, WorkItemKind kind, String title, String description, String descriptionHtml,
		TeamRef team, WorkItemRef parent, RoadmapItemId roadmapItemId, String roadmapItemTitle, WorkflowState state,
		List<Skill> skills, List<PersonRef> assignees, List<String> labels, EstimateView estimate,
		List<TransitionView> history, List<WorkItemRef> children, List<WorkItemRef> blockedBy, List<WorkItemRef> blocks,
		CrossTeamFeature crossTeam, Instant createdAt, long version, DebtCost debt) {

	/** An estimate with the names of those who took part. */
	public record EstimateView(int points, TShirtSize size, List<PersonRef> participants, boolean withoutQa,
			Instant estimatedAt) {
	}

	/**
	 * One move of the history, oldest first; {@code by} names the person or the account.
	 */
	public record TransitionView(WorkflowState from, WorkflowState to, Instant at, String by, boolean backwards) {
	}

}
