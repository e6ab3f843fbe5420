package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.DependencyGraph.Edge;
import dev.tandem.delivery.FeatureSpans.Node;

/** Dependency loops are found with their path; a feature counts the teams it needs. */
class DependencyAndSpanTests {

	private final UUID a = UUID.randomUUID();

	private final UUID b = UUID.randomUUID();

	private final UUID c = UUID.randomUUID();

	@Test
	void findsTheLoopANewDependencyWouldClose() {
		var graph = new DependencyGraph(List.of(new Edge(a, b), new Edge(b, c)));

		assertThat(graph.cycleIfAdded(c, a)).contains(List.of(c, a, b, c));
		assertThat(graph.cycleIfAdded(a, c)).isEmpty();
		assertThat(graph.cycleIfAdded(a, a)).contains(List.of(a, a));
	}

	@Test
	void aFeatureNeedsTheTeamsOfItsChildrenAndOfTheirDependencies() {
		var web = UUID.randomUUID();
		var mobile = UUID.randomUUID();
		var platform = UUID.randomUUID();
		var feature = UUID.randomUUID();
		var appStory = UUID.randomUUID();
		var webStory = UUID.randomUUID();
		var api = UUID.randomUUID();
		var alone = UUID.randomUUID();
		var nodes = List.of(new Node(feature, WorkItemKind.FEATURE, web, null),
				new Node(appStory, WorkItemKind.STORY, mobile, feature),
				new Node(webStory, WorkItemKind.STORY, web, feature), new Node(api, WorkItemKind.STORY, platform, null),
				new Node(alone, WorkItemKind.FEATURE, web, null));

		var spans = FeatureSpans.teamsByFeature(nodes, List.of(new Edge(api, appStory)));

		assertThat(spans.get(feature)).containsExactly(web, mobile, platform);
		assertThat(spans.get(alone)).containsExactly(web);
		assertThat(spans).doesNotContainKey(api);
	}

}
