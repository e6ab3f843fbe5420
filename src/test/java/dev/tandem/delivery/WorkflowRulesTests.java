package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.org.HatId;
import dev.tandem.org.HatKind;
import dev.tandem.org.HatView;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonView;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;

/**
 * The rules a work item guards: moves, history, releases, parents; estimates without QA.
 */
class WorkflowRulesTests {

	private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

	private static final PersonId ANA = PersonId.random();

	private static WorkItem story() {
		return WorkItem.create(new WorkItemDetails(WorkItemKind.STORY, "Pay by card", null, TeamId.random(), null, null,
				Set.of(), Set.of(), Set.of("Payments ")), T0, ANA, "ana@example.com");
	}

	@Test
	void startsInTheBacklogWithItsCreationAsFirstEntry() {
		var item = story();

		assertThat(item.state()).isEqualTo(WorkflowState.BACKLOG);
		assertThat(item.transitions())
			.containsExactly(new Transition(null, WorkflowState.BACKLOG, T0, ANA, "ana@example.com"));
		assertThat(item.details().labels()).containsExactly("payments");
	}

	@Test
	void movesForwardAndBackwardAndKeepsEveryMoveWithItsTimeAndAuthor() {
		var item = story();

		item.moveTo(WorkflowState.IN_PROGRESS, WorkflowState.BACKLOG, T0.plusSeconds(60), ANA, "ana@example.com");
		item.moveTo(WorkflowState.IN_REVIEW, WorkflowState.IN_PROGRESS, T0.plusSeconds(120), null, "bob@example.com");
		var back = item.moveTo(WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW, T0.plusSeconds(180), ANA, "a");

		assertThat(item.state()).isEqualTo(WorkflowState.IN_PROGRESS);
		assertThat(back.backwards()).isTrue();
		assertThat(item.transitions()).extracting(Transition::to)
			.containsExactly(WorkflowState.BACKLOG, WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW,
					WorkflowState.IN_PROGRESS);
		assertThat(item.transitions().get(2).byEmail()).isEqualTo("bob@example.com");
		assertThat(item.transitions().get(3).at()).isEqualTo(T0.plusSeconds(180));
	}

	@Test
	void refusesAMoveFromAStateTheItemIsNoLongerIn() {
		var item = story();
		item.moveTo(WorkflowState.READY, WorkflowState.BACKLOG, T0, ANA, "a");

		assertThatThrownBy(() -> item.moveTo(WorkflowState.IN_PROGRESS, WorkflowState.BACKLOG, T0, ANA, "a"))
			.isInstanceOf(StaleVersionException.class);
		assertThat(item.state()).isEqualTo(WorkflowState.READY);
	}

	@Test
	void movingToTheCurrentStateRecordsNothing() {
		var item = story();

		assertThat(item.moveTo(WorkflowState.BACKLOG, WorkflowState.BACKLOG, T0, ANA, "a")).isNull();
		assertThat(item.transitions()).hasSize(1);
	}

	@Test
	void refusesAnUnknownState() {
		assertThatThrownBy(() -> WorkflowState.parse("SHIPPED", "to")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("to: is not a workflow state");
		assertThat(WorkflowState.parse(" in_review ", "to")).isEqualTo(WorkflowState.IN_REVIEW);
	}

	@Test
	void releasesOnlyDoneItems() {
		var item = story();
		assertThatThrownBy(() -> item.release(T0, ANA, "a")).isInstanceOf(InvalidInputException.class);

		item.moveTo(WorkflowState.DONE, WorkflowState.BACKLOG, T0, ANA, "a");
		var released = item.release(T0.plusSeconds(5), ANA, "a");

		assertThat(released.from()).isEqualTo(WorkflowState.DONE);
		assertThat(item.state()).isEqualTo(WorkflowState.RELEASED);
	}

	@Test
	void offersTheNextAndPreviousStates() {
		assertThat(WorkflowState.BACKLOG.previous()).isNull();
		assertThat(WorkflowState.IN_PROGRESS.next()).isEqualTo(WorkflowState.IN_REVIEW);
		assertThat(WorkflowState.RELEASED.next()).isNull();
	}

	@Test
	void aFeatureWithChildrenStaysAFeature() {
		var feature = WorkItem.create(new WorkItemDetails(WorkItemKind.FEATURE, "Gift cards", null, TeamId.random(),
				null, null, null, null, null), T0, ANA, "a");
		var asStory = new WorkItemDetails(WorkItemKind.STORY, "Gift cards", null, TeamId.random(), null, null, null,
				null, null);

		assertThatThrownBy(() -> feature.change(asStory, true)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("kind");
		assertThatThrownBy(() -> feature.change(new WorkItemDetails(WorkItemKind.FEATURE, "x", null, TeamId.random(),
				feature.id(), null, null, null, null), false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parentId");
	}

	@Test
	void flagsAnEstimateWithoutQaWhenNobodyWearsAnActiveQaHat() {
		var developer = person(hat(HatKind.DEVELOPER, true));
		var formerTester = person(hat(HatKind.QA, false));
		var tester = person(hat(HatKind.QA, true));

		assertThat(Estimation.withoutQa(List.of(developer, formerTester))).isTrue();
		assertThat(Estimation.withoutQa(List.of(developer, tester))).isFalse();
	}

	@Test
	void mapsTShirtSizesThroughTheTeamsScale() {
		assertThat(SizeScale.DEFAULT.points(TShirtSize.L)).isEqualTo(5);
		assertThat(new SizeScale(1, 2, 4, 8, 16).points(TShirtSize.XL)).isEqualTo(16);
		assertThatThrownBy(() -> new SizeScale(3, 2, 3, 5, 8)).isInstanceOf(InvalidInputException.class);
	}

	private static HatView hat(HatKind kind, boolean active) {
		return new HatView(new HatId(UUID.randomUUID()), kind, LocalDate.of(2026, 1, 1),
				active ? null : LocalDate.of(2026, 6, 1), active);
	}

	private static PersonView person(HatView hat) {
		return new PersonView(PersonId.random(), "Someone", "someone@example.com", null, List.of(), List.of(hat),
				List.of(hat), List.of(), 0, List.of(), 0);
	}

}
