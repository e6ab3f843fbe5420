package dev.tandem.okr;

import java.math.BigDecimal;
import java.util.List;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;

/**
 * An objective with its key results, naming its owner, team and group. {@code score} is
 * set once closed.
 */
public record ObjectiveView(ObjectiveId id, String title, String why, Quarter quarter, ObjectiveLevel level,
		PersonId ownerId, String ownerName, TeamId teamId, String teamName, GroupId groupId, String groupName,
		ObjectiveId parentId, ObjectiveState state, BigDecimal score, List<KeyResultView> keyResults, long version) {

	/** Mean progress of the key results as a whole percentage (0 without any). */
	public int progressPercent() {
		return (int) Math.round(keyResults.stream().mapToDouble(KeyResultView::progress).average().orElse(0) * 100);
	}

	public boolean closed() {
		return state == ObjectiveState.CLOSED;
	}

	/** Whether every key result has a final score, so the objective may close. */
	public boolean readyToClose() {
		return state != ObjectiveState.CLOSED && keyResults.stream().allMatch(k -> k.finalScore() != null);
	}

}
