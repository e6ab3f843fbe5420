package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.delivery.DebtShare.FinishedItem;
import dev.tandem.shared.InvalidInputException;

class DebtShareTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Test
	void theShareCountsItemsAndEstimatedPoints() {
		var share = DebtShare.of(List.of(new FinishedItem(true, 3, NOW), new FinishedItem(false, 5, NOW),
				new FinishedItem(false, null, NOW), new FinishedItem(true, null, NOW)));

		// 2 of 4 items; 3 of 8 points
		assertThat(share.itemPercent()).isEqualTo(50);
		assertThat(share.pointPercent()).isEqualTo(38);
		assertThat(share.overBudget(40)).as("by points when estimated: 38 % ≤ 40 %").isFalse();
		assertThat(share.overBudget(30)).isTrue();
	}

	@Test
	void withoutEstimatesTheItemShareDecidesTheBudget() {
		var share = DebtShare.of(List.of(new FinishedItem(true, null, NOW), new FinishedItem(false, null, NOW),
				new FinishedItem(false, null, NOW)));

		assertThat(share.pointPercent()).isNull();
		assertThat(share.itemPercent()).isEqualTo(33);
		assertThat(share.overBudget(20)).isTrue();
		assertThat(share.overBudget(33)).isFalse();
	}

	@Test
	void nothingFinishedIsNoDataAndNeverOverBudget() {
		var share = DebtShare.of(List.of());

		assertThat(share.itemPercent()).isNull();
		assertThat(share.pointPercent()).isNull();
		assertThat(share.overBudget(0)).isFalse();
	}

	@Test
	void interestAndPrincipalSumTheKnownHours() {
		assertThat(DebtShare.sum(Arrays.asList(new BigDecimal("2.5"), null, new BigDecimal("4"))))
			.isEqualByComparingTo("6.5");
		assertThat(DebtShare.sum(List.of())).isEqualByComparingTo("0");
	}

	@Test
	void aDebtCostIsBetweenZeroAndTenThousandHours() {
		assertThatThrownBy(() -> new DebtCost(new BigDecimal("-1"), null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new DebtCost(null, new BigDecimal("10001"))).isInstanceOf(InvalidInputException.class);
		assertThat(new DebtCost(null, null).isNone()).isTrue();
	}

}
