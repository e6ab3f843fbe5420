package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.support.OnH2;

/**
 * The demo roadmap fills every lane of the demo organisation's board and shows one item
 * that serves no objective.
 */
@SpringBootTest
@OnH2
@TestPropertySource(properties = "tandem.test.context=demo-roadmap")
class DemoRoadmapTests {

	@Autowired
	DemoOrganisation organisation;

	@Autowired
	DemoRoadmap roadmap;

	@Autowired
	RoadmapQueries queries;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void fillsEveryLaneAndFlagsThePlatformItemAsNotAligned() {
		transaction.executeWithoutResult(status -> organisation.load("demo-roadmap-password"));
		transaction.executeWithoutResult(status -> roadmap.load());

		var board = queries.board(BoardFilter.none());
		assertThat(board.lanes()).extracting(l -> l.lane()).containsExactly(Lane.values());
		assertThat(board.lanes()).allSatisfy(lane -> assertThat(lane.cards()).isNotEmpty());
		assertThat(queries.notAligned()).extracting(i -> i.title()).contains("Preview environments for every branch");
		assertThat(queries.inLanes(Set.of(Lane.NOW, Lane.NEXT))).hasSize(6);
		assertThat(Arrays.stream(Lane.values()).mapToInt(l -> queries.items(l, null).size()).sum()).isEqualTo(11);
	}

}
