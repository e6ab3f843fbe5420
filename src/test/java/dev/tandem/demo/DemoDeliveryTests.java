package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.WorkItemKind;

/** The demo's recent work tells the debt story whatever the random draws were. */
class DemoDeliveryTests {

	private static List<WorkItemKind> recent(double debtShare, WorkItemKind drawn, int items) {
		var plan = new DemoDelivery.TeamPlan("Team", "T", 2, debtShare, null, null, List.of("Work"));
		return IntStream.range(0, items).mapToObj(i -> DemoDelivery.recentKind(plan, drawn, i)).toList();
	}

	@Test
	void aTeamPlannedOverBudgetSpendsItsShareOnDebtFromItsFirstRecentItem() {
		// 45 %: the running count ceil(i × 0.45) steps up at items 0, 2, 4, 6, 8 of ten
		assertThat(recent(0.45, WorkItemKind.STORY, 10)).containsExactly(WorkItemKind.DEBT, WorkItemKind.STORY,
				WorkItemKind.DEBT, WorkItemKind.STORY, WorkItemKind.DEBT, WorkItemKind.STORY, WorkItemKind.DEBT,
				WorkItemKind.STORY, WorkItemKind.DEBT, WorkItemKind.STORY);
		assertThat(recent(0.45, WorkItemKind.DEBT, 2)).containsExactly(WorkItemKind.DEBT, WorkItemKind.CHORE);
	}

	@Test
	void aTeamPlannedWithinBudgetSpendsNothingOnDebtLately() {
		assertThat(recent(0.12, WorkItemKind.DEBT, 20)).containsOnly(WorkItemKind.CHORE);
		assertThat(recent(0.12, WorkItemKind.BUG, 3)).containsOnly(WorkItemKind.BUG);
	}

}
