package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.org.HatKind;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.support.OnH2;
import dev.tandem.support.Unique;

/**
 * With the evidence guardrail on, work on a roadmap item starts only when the item has
 * the evidence.
 */
@SpringBootTest
@OnH2
@TestPropertySource(properties = "tandem.test.context=work-starts-with-evidence")
class WorkStartsWithEvidenceTests {

	@Autowired
	EvidenceGuardrail guardrail;

	@Autowired
	Teams teams;

	@Autowired
	RoadmapPlanning roadmap;

	@Autowired
	WorkItems workItems;

	@Autowired
	Workflow workflow;

	@BeforeEach
	void guardrailOn() {
		asAdmin(() -> guardrail.change(true, 2, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX),
				guardrail.settings().version()));
	}

	@AfterEach
	void guardrailOff() {
		asAdmin(() -> guardrail.change(false, 3, true, Set.of(HatKind.CPO, HatKind.HEAD_OF_UX),
				guardrail.settings().version()));
	}

	@Test
	void refusesToStartWorkOnARoadmapItemWithoutEvidence() {
		var team = teams.create(new TeamDetails("Evidence team " + Unique.suffix(), null, TeamKind.STREAM_ALIGNED,
				Set.of(), null, null, null));
		var item = roadmap.create(new RoadmapItemDetails("Unproven idea " + Unique.suffix(), null, null, null,
				Set.of(team.id()), Set.of()), Lane.NEXT, null);
		var story = workItems.create(new WorkItemDetails(WorkItemKind.STORY, "Build the unproven idea", null, team.id(),
				null, item.id(), Set.of(), Set.of(), Set.of()), "dev@example.com");
		var chore = workItems.create(new WorkItemDetails(WorkItemKind.CHORE, "Upgrade the build", null, team.id(), null,
				null, Set.of(), Set.of(), Set.of()), "dev@example.com");

		workflow.transition(story.id(), WorkflowState.READY, WorkflowState.BACKLOG, null, "dev@example.com");
		assertThatThrownBy(() -> workflow.transition(story.id(), WorkflowState.IN_PROGRESS, WorkflowState.READY, null,
				"dev@example.com"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(f -> f.field())
				.containsExactly("to"));

		var started = workflow.transition(chore.id(), WorkflowState.IN_PROGRESS, WorkflowState.BACKLOG, null,
				"dev@example.com");
		assertThat(started.state()).isEqualTo(WorkflowState.IN_PROGRESS);
	}

	private static void asAdmin(Runnable action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("guardrail-test", "n/a", "ROLE_ADMIN"));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
