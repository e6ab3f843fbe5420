package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.tandem.okr.KeyResultDetails;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultSource;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.Measure;
import dev.tandem.okr.MeasuredSourceCatalog;
import dev.tandem.okr.ObjectiveDetails;
import dev.tandem.okr.ObjectiveLevel;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.org.People;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.support.OnH2;
import dev.tandem.support.OnPostgres;
import dev.tandem.support.Unique;

/**
 * Delivery-bound key results on H2 and PostgreSQL: the value is the share of linked work
 * items done (leaves only, DONE or RELEASED), offered in okr's form through the catalog,
 * and it follows the items as they move.
 */
abstract class DeliveryKeyResultTests {

	static final String ACTOR = "delivery-kr@example.com";

	@Autowired
	Teams teams;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@Autowired
	DeliveryQueries queries;

	@Autowired
	RoadmapPlanning planning;

	@Autowired
	People people;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	OkrSettings settings;

	@Autowired
	DeliveryKeyResults deliveryKeyResults;

	@Autowired
	LinkedWork linkedWork;

	private TeamId team() {
		return teams
			.create(new TeamDetails("Delivery KR " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED, Set.of(), null,
					null, null))
			.id();
	}

	private WorkItemView item(TeamId team, WorkItemKind kind, WorkItemId parent, RoadmapItemId on) {
		return workItems.create(new WorkItemDetails(kind, kind + " " + Unique.suffix(), null, team, parent, on,
				Set.of(), Set.of(), Set.of()), ACTOR);
	}

	private void move(WorkItemView item, WorkflowState to) {
		workflow.transition(item.id(), to, null, queries.item(item.id()).version(), ACTOR);
	}

	private KeyResultId boundKeyResult(TeamId team, KeyResultSource source) {
		var owner = people.create("Dora Delivery " + Unique.suffix(), Unique.email("dora"), null);
		var objective = objectives.create(new ObjectiveDetails("Ship the work " + Unique.suffix(), "Because",
				settings.currentQuarter(), ObjectiveLevel.TEAM, owner.id(), team, null, null));
		return keyResults
			.add(objective.id(),
					new KeyResultDetails("Work done",
							Measure.of(KeyResultUnit.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100)), null, source))
			.id();
	}

	@Test
	void aRoadmapItemBoundKeyResultTakesTheShareOfItsWorkDoneAndFollowsTheMoves() {
		var team = team();
		var roadmapItem = planning.create(
				new RoadmapItemDetails("Parcel lockers " + Unique.suffix(), null, null, null, Set.of(team), Set.of()),
				Lane.NOW, null);
		var stories = new ArrayList<WorkItemView>();
		for (int i = 0; i < 4; i++) {
			stories.add(item(team, WorkItemKind.STORY, null, roadmapItem.id()));
		}
		move(stories.get(0), WorkflowState.DONE);
		move(stories.get(1), WorkflowState.DONE);
		move(stories.get(2), WorkflowState.IN_REVIEW);
		var source = new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.ROADMAP_ITEM, roadmapItem.id().value());
		assertThat(keyResults.sourceChoices()).extracting(MeasuredSourceCatalog.Choice::id).contains(source.id());

		var keyResult = boundKeyResult(team, source);
		deliveryKeyResults.refresh();

		// 2 of 4 done; IN_REVIEW is not done.
		assertThat(keyResults.get(keyResult).currentValue()).isEqualByComparingTo("50");
		assertThat(keyResults.get(keyResult).progress()).isEqualTo(0.5);

		move(stories.get(2), WorkflowState.DONE);
		move(stories.get(0), WorkflowState.RELEASED);
		deliveryKeyResults.refresh();

		assertThat(keyResults.get(keyResult).currentValue()).isEqualByComparingTo("75");
		assertThat(keyResults.history(keyResult, 5)).extracting(dev.tandem.audit.AuditEntry::action)
			.contains("key-result.measured");
		assertThat(deliveryKeyResults.refresh()).as("nothing changed, nothing recorded").isZero();
	}

	@Test
	void aFeatureCountsThroughItsLeavesOnly() {
		var team = team();
		var feature = item(team, WorkItemKind.FEATURE, null, null);
		var story = item(team, WorkItemKind.STORY, feature.id(), null);
		var subFeature = item(team, WorkItemKind.FEATURE, feature.id(), null);
		var bug = item(team, WorkItemKind.BUG, subFeature.id(), null);
		var chore = item(team, WorkItemKind.CHORE, subFeature.id(), null);
		move(story, WorkflowState.DONE);
		move(bug, WorkflowState.RELEASED);
		// The sub-feature itself is done but only its leaves count.
		move(subFeature, WorkflowState.DONE);
		var source = new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.FEATURE, feature.id().value());

		assertThat(linkedWork.leaves(source)).extracting(LinkedWork.Leaf::id)
			.containsExactlyInAnyOrder(story.id(), bug.id(), chore.id());
		assertThat(linkedWork.percentDone(source)).isEqualByComparingTo("66.7");
		assertThat(keyResults.sourceChoices()).extracting(MeasuredSourceCatalog.Choice::id).contains(source.id());
		assertThat(linkedWork
			.percentDone(new KeyResultSource.Delivery(KeyResultSource.Delivery.Link.FEATURE, story.id().value())))
			.as("a story is no feature")
			.isNull();
		assertThat(List.of(KeyResultSource.parse(source.id()))).containsExactly(source);
	}

	@SpringBootTest
	@OnH2
	static class OnH2Tests extends DeliveryKeyResultTests {

	}

	@SpringBootTest
	@OnPostgres
	static class OnPostgresTests extends DeliveryKeyResultTests {

	}

}
