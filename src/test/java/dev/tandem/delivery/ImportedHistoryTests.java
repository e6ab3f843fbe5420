package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.WorkItemImport.ImportedItem;

class ImportedHistoryTests {

	private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");

	private static final Instant UPDATED = Instant.parse("2025-03-05T10:00:00Z");

	private static final Instant RESOLVED = Instant.parse("2025-03-04T16:30:00Z");

	@Test
	void aFinishedItemStartsAtItsCreationAndIsDoneWhenResolved() {
		var moves = WorkItemImport.history(item(WorkflowState.DONE, RESOLVED), "me@example.com");

		assertThat(moves).extracting(Transition::to)
			.containsExactly(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, WorkflowState.DONE);
		assertThat(moves).extracting(Transition::at).containsExactly(CREATED, CREATED, RESOLVED);
	}

	@Test
	void aReleasedItemIsReleasedWhenResolved() {
		var moves = WorkItemImport.history(item(WorkflowState.RELEASED, RESOLVED), null);

		assertThat(moves).extracting(Transition::to)
			.containsExactly(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, WorkflowState.DONE,
					WorkflowState.RELEASED);
		assertThat(moves.get(3).at()).isEqualTo(RESOLVED);
	}

	@Test
	void anUnfinishedItemInReviewStartedAtItsLastUpdate() {
		var moves = WorkItemImport.history(item(WorkflowState.IN_REVIEW, null), null);

		assertThat(moves).extracting(Transition::to)
			.containsExactly(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW);
		assertThat(moves).extracting(Transition::at).containsExactly(CREATED, UPDATED, UPDATED);
	}

	@Test
	void aBacklogItemHasOnlyItsCreationAndTimesNeverGoBackwards() {
		assertThat(WorkItemImport.history(item(WorkflowState.BACKLOG, null), null)).hasSize(1);
		var odd = WorkItemImport.history(item(WorkflowState.DONE, CREATED.minusSeconds(3600)), null);
		assertThat(odd.get(2).at()).isEqualTo(CREATED);
	}

	private static ImportedItem item(WorkflowState state, Instant resolved) {
		return new ImportedItem("SHOP-1", WorkItemKind.STORY, "Title", null, state, CREATED, UPDATED, resolved, null,
				Set.of());
	}

}
