package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

class HatRulesTests {

	private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

	private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

	private static final LocalDate JUN_1 = LocalDate.of(2026, 6, 1);

	private final Person ada = Person.create("Ada Lovelace", "Ada@Example.com", null, Instant.EPOCH);

	@Test
	void refusesAHatThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> ada.startHat(HatKind.CTO, MAR_1, JAN_1)).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("endsOn"));
		assertThat(ada.hatHistory()).isEmpty();
	}

	@Test
	void refusesTheSameHatKindOverlappingInTime() {
		ada.startHat(HatKind.CTO, JAN_1, null);

		assertThatThrownBy(() -> ada.startHat(HatKind.CTO, MAR_1, JUN_1)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("overlaps");
		assertThat(ada.hatHistory()).hasSize(1);
	}

	@Test
	void refusesAnEarlierHatThatRunsIntoAnOpenOne() {
		ada.startHat(HatKind.QA, MAR_1, null);

		assertThatThrownBy(() -> ada.startHat(HatKind.QA, JAN_1, JUN_1)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void allowsTheSameHatAgainOnceTheFirstHasEnded() {
		ada.startHat(HatKind.DEVELOPER, JAN_1, MAR_1);

		ada.startHat(HatKind.DEVELOPER, MAR_1, null);

		assertThat(ada.hatHistory()).hasSize(2);
	}

	@Test
	void allowsSeveralHatKindsAtOnce() {
		ada.startHat(HatKind.CTO, JAN_1, null);
		ada.startHat(HatKind.CPO, JAN_1, null);
		ada.startHat(HatKind.DEVELOPER, JAN_1, null);

		assertThat(ada.activeHatKinds(MAR_1)).containsExactlyInAnyOrder(HatKind.CTO, HatKind.CPO, HatKind.DEVELOPER);
	}

	@Test
	void endingAHatKeepsItInTheHistory() {
		var hat = ada.startHat(HatKind.CTO, JAN_1, null);

		ada.endHat(hat.id(), MAR_1);

		assertThat(ada.hatHistory()).singleElement().satisfies(h -> {
			assertThat(h.endsOn()).isEqualTo(MAR_1);
			assertThat(h.activeOn(LocalDate.of(2026, 2, 28))).isTrue();
			assertThat(h.activeOn(MAR_1)).isFalse();
		});
	}

	@Test
	void refusesToEndAHatBeforeItStarted() {
		var hat = ada.startHat(HatKind.CTO, MAR_1, null);

		assertThatThrownBy(() -> ada.endHat(hat.id(), JAN_1)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors().get(0).field()).isEqualTo("endsOn"));
		assertThat(ada.hat(hat.id()).endsOn()).isNull();
	}

	@Test
	void refusesToEndAHatTwice() {
		var hat = ada.startHat(HatKind.CTO, JAN_1, null);
		ada.endHat(hat.id(), MAR_1);

		assertThatThrownBy(() -> ada.endHat(hat.id(), JUN_1)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesToEndAnUnknownHat() {
		assertThatThrownBy(() -> ada.endHat(HatId.random(), JUN_1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void requiresAKindAndAStartDate() {
		assertThatThrownBy(() -> ada.startHat(null, JAN_1, null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("kind");
		assertThatThrownBy(() -> ada.startHat(HatKind.QA, null, null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("startsOn");
	}

}
