package dev.tandem.review;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.review.InvestmentMix.Work;
import dev.tandem.review.MonthlyReview.KindShare;

import static org.assertj.core.api.Assertions.assertThat;

/** The investment mix against hand-computed shares. */
class InvestmentMixTests {

	@Test
	void sharesByKindAndAlignmentInItemsAndPoints() {
		var work = List.of(new Work(null, "STORY", 5, true), new Work(null, "STORY", 3, true),
				new Work(null, "BUG", 2, false), new Work(null, "DEBT", null, false),
				new Work(null, "EXPERIMENT", null, true));

		var mix = InvestmentMix.of(YearMonth.of(2026, 11), null, null, work);

		assertThat(mix.items()).isEqualTo(5);
		assertThat(mix.points()).isEqualTo(10);
		assertThat(mix.alignedItems()).isEqualTo(3);
		assertThat(mix.alignedPoints()).isEqualTo(8);
		assertThat(mix.alignedPercent()).isEqualTo(60);
		assertThat(mix.unalignedPercent()).isEqualTo(40);
		assertThat(mix.kinds()).containsExactly(new KindShare("FEATURE", 0, 0, 0, 0),
				new KindShare("STORY", 2, 8, 40, 80), new KindShare("BUG", 1, 2, 20, 20),
				new KindShare("DEBT", 1, 0, 20, 0), new KindShare("CHORE", 0, 0, 0, 0),
				new KindShare("EXPERIMENT", 1, 0, 20, 0));
	}

	@Test
	void noWorkHasNoShares() {
		var mix = InvestmentMix.of(YearMonth.of(2026, 11), null, null, List.of());

		assertThat(mix.alignedPercent()).isNull();
		assertThat(mix.kinds()).allSatisfy(k -> assertThat(k.itemPercent()).isNull());
	}

}
