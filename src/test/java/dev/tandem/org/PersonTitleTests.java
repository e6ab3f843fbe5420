package dev.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;

class PersonTitleTests {

	private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

	private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

	private final Person person = Person.create("Grace Hopper", "grace@example.com", null, Instant.EPOCH);

	@Test
	void showsAPersonWithActiveCtoAndCpoHatsAsCpto() {
		person.startHat(HatKind.CTO, JAN_1, null);
		person.startHat(HatKind.CPO, JAN_1, null);

		assertThat(person.titles(JUL_1)).containsExactly("CPTO");
	}

	@Test
	void keepsOtherHatsNextToCpto() {
		assertThat(Person.titlesOf(EnumSet.of(HatKind.CEO, HatKind.CTO, HatKind.CPO, HatKind.DEVELOPER)))
			.containsExactly("CEO", "CPTO", "DEVELOPER");
	}

	@Test
	void isNoLongerCptoOnceOneOfTheTwoHatsHasEnded() {
		person.startHat(HatKind.CTO, JAN_1, null);
		var cpo = person.startHat(HatKind.CPO, JAN_1, null);
		person.endHat(cpo.id(), LocalDate.of(2026, 6, 1));

		assertThat(person.titles(JUL_1)).containsExactly("CTO");
		assertThat(person.titles(LocalDate.of(2026, 5, 31))).containsExactly("CPTO");
	}

	@Test
	void isNotCptoWithOnlyOneOfTheHats() {
		assertThat(Person.titlesOf(EnumSet.of(HatKind.CTO))).containsExactly("CTO");
		assertThat(Person.titlesOf(EnumSet.of(HatKind.CPO))).containsExactly("CPO");
	}

	@Test
	void hasNoTitleBeforeAHatStarts() {
		person.startHat(HatKind.CTO, JUL_1, null);

		assertThat(person.titles(JAN_1)).isEmpty();
	}

	@Test
	void keepsEmailsLowerCaseSoUniquenessIgnoresCase() {
		assertThat(Person.normaliseEmail("  Grace.Hopper@Example.COM ")).isEqualTo("grace.hopper@example.com");
	}

	@Test
	void refusesABadEmailAndAnOversizedName() {
		assertThatThrownBy(() -> Person.normaliseEmail("not-an-email")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("email");
		assertThatThrownBy(() -> Person.create("x".repeat(201), "a@b.co", null, Instant.EPOCH))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("name");
	}

}
