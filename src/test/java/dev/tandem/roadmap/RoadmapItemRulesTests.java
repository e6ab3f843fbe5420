package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;

class RoadmapItemRulesTests {

	private final TeamId team = TeamId.random();

	private RoadmapItemDetails details(String title, Set<ObjectiveId> objectives) {
		return new RoadmapItemDetails(title, " Checkout is slow ", "More orders", "Conversion rate", Set.of(team),
				objectives);
	}

	@Test
	void trimsTextAndTreatsBlankTextAsAbsent() {
		var details = new RoadmapItemDetails("  Faster checkout ", "  ", null, " Conversion ", Set.of(team), null);

		assertThat(details.title()).isEqualTo("Faster checkout");
		assertThat(details.problem()).isNull();
		assertThat(details.measure()).isEqualTo("Conversion");
		assertThat(details.objectiveIds()).isEmpty();
		assertThat(details.aligned()).isFalse();
	}

	@Test
	void reportsEveryRefusedFieldAtOnce() {
		assertThatThrownBy(() -> new RoadmapItemDetails(" ", "p".repeat(4001), "o".repeat(4001), "m".repeat(2001),
				Set.of(), Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactly("title", "problem", "outcome", "measure", "teamIds"));
	}

	@Test
	void refusesATitleLongerThanTwoHundredCharacters() {
		assertThatThrownBy(() -> details("t".repeat(201), Set.of())).isInstanceOf(InvalidInputException.class);
		assertThat(details("t".repeat(200), Set.of()).title()).hasSize(200);
	}

	@Test
	void needsAnOwningTeam() {
		assertThatThrownBy(() -> new RoadmapItemDetails("Title", null, null, null, null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("teamIds"));
	}

	@Test
	void isAlignedWhenItServesAnObjective() {
		assertThat(details("Title", Set.of(ObjectiveId.random())).aligned()).isTrue();
	}

	@Test
	void movesBetweenLanesOnlyToAPositionThatExists() {
		var item = RoadmapItem.create(details("Title", Set.of()), Lane.NEXT, 2, Instant.EPOCH);

		item.placeIn(Lane.NOW, 1);

		assertThat(item.lane()).isEqualTo(Lane.NOW);
		assertThat(item.position()).isEqualTo(1);
		assertThatThrownBy(() -> item.placeIn(Lane.NOW, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsWhatTheCardSaysWhenItChanges() {
		var objective = ObjectiveId.random();
		var item = RoadmapItem.create(details("Title", Set.of()), Lane.LATER, 1, Instant.EPOCH);

		item.change(details("Better title", Set.of(objective)));

		assertThat(item.details().title()).isEqualTo("Better title");
		assertThat(item.details().objectiveIds()).containsExactly(objective);
		assertThat(item.details().teamIds()).containsExactly(team);
		assertThat(item.lane()).isEqualTo(Lane.LATER);
	}

}
