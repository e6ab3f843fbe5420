package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.JiraImport.UnreadableRow;
import dev.tandem.shared.InvalidInputException;

class JiraMappingTests {

	static byte[] fixture() throws IOException {
		try (var in = JiraMappingTests.class.getResourceAsStream("/jira/jira-export.csv")) {
			return in.readAllBytes();
		}
	}

	@Test
	void mapsJirasUsualTypesAndStatusesIgnoringCase() {
		var mapping = JiraMapping.defaults();

		assertThat(mapping.kindOf("Epic")).isEqualTo(WorkItemKind.FEATURE);
		assertThat(mapping.kindOf(" sub-task ")).isEqualTo(WorkItemKind.CHORE);
		assertThat(mapping.kindOf("Technical debt")).isEqualTo(WorkItemKind.DEBT);
		assertThat(mapping.kindOf("Spike")).isNull();
		assertThat(mapping.stateOf("Selected for Development")).isEqualTo(WorkflowState.READY);
		assertThat(mapping.stateOf("CODE REVIEW")).isEqualTo(WorkflowState.IN_REVIEW);
		assertThat(mapping.stateOf("Resolved")).isEqualTo(WorkflowState.DONE);
		assertThat(mapping.stateOf("Released")).isEqualTo(WorkflowState.RELEASED);
	}

	@Test
	void whatTheUserChoseWinsOverTheDefaults() {
		var mapping = new JiraMapping(Map.of("spike", WorkItemKind.CHORE, "Bug", WorkItemKind.DEBT),
				Map.of("Closed", WorkflowState.RELEASED));

		assertThat(mapping.kindOf("Spike")).isEqualTo(WorkItemKind.CHORE);
		assertThat(mapping.kindOf("BUG")).isEqualTo(WorkItemKind.DEBT);
		assertThat(mapping.stateOf("closed")).isEqualTo(WorkflowState.RELEASED);
	}

	@Test
	void readsJirasDefaultAndIsoDatesInTheChosenZone() {
		var paris = ZoneId.of("Europe/Paris");

		assertThat(JiraImport.date("27/Nov/26 9:15 AM", ZoneId.of("UTC"), true))
			.isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
		assertThat(JiraImport.date("03/oct/26 11:00 pm", paris, true)).isEqualTo(Instant.parse("2026-10-03T21:00:00Z"));
		assertThat(JiraImport.date("2026-10-06 14:30", ZoneId.of("UTC"), true))
			.isEqualTo(Instant.parse("2026-10-06T14:30:00Z"));
		assertThat(JiraImport.date("", paris, false)).isNull();
		assertThatThrownBy(() -> JiraImport.date("32/Foo/26 9:00 AM", paris, true))
			.isInstanceOf(JiraImport.BadDate.class);
	}

	@Test
	void previewsTheFixtureWithCountsMappingsAndTheRowsItCannotRead() throws IOException {
		var preview = JiraImport.read(fixture(), ZoneId.of("UTC"), JiraMapping.defaults()).preview();

		assertThat(preview.rows()).isEqualTo(9);
		assertThat(preview.readable()).isEqualTo(6);
		assertThat(preview.types()).contains(new JiraImport.TypeMapping("Story", 4, WorkItemKind.STORY),
				new JiraImport.TypeMapping("Spike", 1, null));
		assertThat(preview.statuses()).contains(new JiraImport.StatusMapping("Done", 2, WorkflowState.DONE));
		assertThat(preview.unreadable()).containsExactly(
				new UnreadableRow(8, "SHOP-7", "bad-date", "32/Foo/26 9:00 AM"),
				new UnreadableRow(9, null, "missing-key", null),
				new UnreadableRow(10, "SHOP-9", "unknown-type", "Spike"));
	}

	@Test
	void readsQuotedSummariesDescriptionsRepeatedLabelsAndEpicLinks() throws IOException {
		var items = JiraImport.read(fixture(), ZoneId.of("UTC"), JiraMapping.defaults()).items();

		var story = items.stream().filter(i -> i.key().equals("SHOP-2")).findFirst().orElseThrow();
		assertThat(story.title()).isEqualTo("Pay with a \"gift card\", at last");
		assertThat(story.description()).contains("Line two, with a comma\n\"quoted\" words");
		assertThat(story.labels()).containsExactlyInAnyOrder("payments", "ux");
		assertThat(story.parentKey()).isEqualTo("SHOP-1");
		assertThat(story.resolved()).isEqualTo(Instant.parse("2026-10-12T17:30:00Z"));
		assertThat(story.points()).isEqualTo(5);
		assertThat(items).filteredOn(i -> i.key().equals("SHOP-1")).singleElement().satisfies(i -> {
			assertThat(i.points()).isNull();
		});
		assertThat(items).anyMatch(i -> i.title().equals("Café — ünïcode in the basket"));
	}

	@Test
	void readsStoryPointsAsWholePointsAndRefusesWhatIsNotOne() {
		assertThat(JiraImport.points("3.0")).isEqualTo(3);
		assertThat(JiraImport.points(" 2,5 ")).isEqualTo(3);
		assertThat(JiraImport.points("")).isNull();
		assertThat(JiraImport.points("lots")).isEqualTo(-1);
		assertThat(JiraImport.points("-2")).isEqualTo(-1);
		assertThat(JiraImport.points("1000")).isEqualTo(-1);
	}

	@Test
	void mappingAnUnknownTypeMakesItsRowsReadable() throws IOException {
		var preview = JiraImport
			.read(fixture(), ZoneId.of("UTC"), new JiraMapping(Map.of("Spike", WorkItemKind.CHORE), Map.of()))
			.preview();

		assertThat(preview.readable()).isEqualTo(7);
	}

	@Test
	void refusesAFileThatIsNotAJiraExport() {
		var csv = "Name,Email\nAna,ana@example.com\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> JiraImport.read(csv, ZoneId.of("UTC"), null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not a Jira CSV export");
	}

}
