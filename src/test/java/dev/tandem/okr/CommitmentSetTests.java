package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

class CommitmentSetTests {

	final CommitmentSet set = CommitmentSet.open(UUID.randomUUID(), "2026-Q4", EffortUnit.POINTS, new BigDecimal("40"));

	static CommitmentDetails commitment(String title, String estimate) {
		return new CommitmentDetails(title, null, null, new BigDecimal(estimate));
	}

	void signBoth() {
		set.sign(CommitmentSide.PRODUCT, UUID.randomUUID(), "pm@example.com", false, Instant.EPOCH);
		set.sign(CommitmentSide.ENGINEERING, UUID.randomUUID(), "lead@example.com", false, Instant.EPOCH);
	}

	@Test
	void isAgreedOnlyWhenBothSidesHaveSigned() {
		set.add(commitment("One-page checkout", "13"));
		set.sign(CommitmentSide.PRODUCT, UUID.randomUUID(), "pm@example.com", false, Instant.EPOCH);
		assertThat(set.agreed()).isFalse();
		set.sign(CommitmentSide.ENGINEERING, UUID.randomUUID(), "lead@example.com", false, Instant.EPOCH);
		assertThat(set.agreed()).isTrue();
	}

	@Test
	void anyChangeVoidsTheAgreement() {
		var id = set.add(commitment("One-page checkout", "13"));
		signBoth();
		set.change(id, commitment("One-page checkout, mobile too", "21"));
		assertThat(set.agreed()).isFalse();
		assertThat(set.signatures()).isEmpty();

		signBoth();
		set.add(commitment("Saved cards", "8"));
		assertThat(set.agreed()).isFalse();

		signBoth();
		set.remove(id);
		assertThat(set.agreed()).isFalse();

		signBoth();
		assertThat(set.changeCapacity(EffortUnit.POINTS, new BigDecimal("30"))).isTrue();
		assertThat(set.agreed()).isFalse();
	}

	@Test
	void unchangedCapacityKeepsTheAgreement() {
		set.add(commitment("One-page checkout", "13"));
		signBoth();
		assertThat(set.changeCapacity(EffortUnit.POINTS, new BigDecimal("40.00"))).isFalse();
		assertThat(set.agreed()).isTrue();
	}

	@Test
	void signingAgainReplacesTheSidesEarlierSignature() {
		set.add(commitment("One-page checkout", "13"));
		set.sign(CommitmentSide.PRODUCT, UUID.randomUUID(), "pm@example.com", false, Instant.EPOCH);
		set.sign(CommitmentSide.PRODUCT, UUID.randomUUID(), "admin@example.com", true, Instant.EPOCH);
		assertThat(set.signatures()).singleElement().satisfies(s -> {
			assertThat(s.signedBy()).isEqualTo("admin@example.com");
			assertThat(s.onBehalf()).isTrue();
		});
	}

	@Test
	void refusesToSignNothing() {
		assertThatThrownBy(
				() -> set.sign(CommitmentSide.PRODUCT, UUID.randomUUID(), "pm@example.com", false, Instant.EPOCH))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void loadIsTheSumOfEstimates() {
		set.add(commitment("One-page checkout", "13"));
		set.add(commitment("Saved cards", "8.5"));
		assertThat(set.load()).isEqualByComparingTo("21.5");
	}

	@Test
	void refusesANegativeOrOddCapacityAndEstimate() {
		assertThatThrownBy(
				() -> CommitmentSet.open(UUID.randomUUID(), "2026-Q4", EffortUnit.POINTS, new BigDecimal("-1")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> set.changeCapacity(null, BigDecimal.ONE)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> commitment("x", "-2")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> commitment("x", "1.234")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> commitment(" ", "1")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> commitment("x".repeat(301), "1")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void changingAnUnknownCommitmentIsNotFound() {
		assertThatThrownBy(() -> set.change(UUID.randomUUID(), commitment("x", "1")))
			.isInstanceOf(NotFoundException.class);
	}

}
