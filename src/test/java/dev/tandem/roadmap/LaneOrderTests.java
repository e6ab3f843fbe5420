package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.shared.InvalidInputException;

class LaneOrderTests {

	private final UUID a = UUID.randomUUID();

	private final UUID b = UUID.randomUUID();

	private final UUID c = UUID.randomUUID();

	private final UUID d = UUID.randomUUID();

	private LaneOrder lane() {
		return new LaneOrder(List.of(a, b, c));
	}

	@Test
	void numbersPositionsFromOneWithoutGaps() {
		assertThat(lane().positions()).containsExactly(entry(a, 1), entry(b, 2), entry(c, 3));
	}

	@Test
	void putsANewItemLastWithoutAPosition() {
		var lane = lane();

		assertThat(lane.place(d, null)).isEqualTo(4);
		assertThat(lane.positions().keySet()).containsExactly(a, b, c, d);
	}

	@Test
	void pushesTheItemsBelowDownWhenPlacingAtAPosition() {
		var lane = lane();

		assertThat(lane.place(d, 2)).isEqualTo(2);
		assertThat(lane.positions()).containsExactly(entry(a, 1), entry(d, 2), entry(b, 3), entry(c, 4));
	}

	@Test
	void treatsAPositionPastTheEndAsTheEnd() {
		var lane = lane();

		assertThat(lane.place(d, 99)).isEqualTo(4);
		assertThat(lane.positionOf(d)).isEqualTo(4);
	}

	@Test
	void movesUpPastTheItemAbove() {
		var lane = lane();

		assertThat(lane.place(c, 2)).isEqualTo(2);
		assertThat(lane.positions().keySet()).containsExactly(a, c, b);
	}

	@Test
	void movesDownPastTheItemThatWasAtTheTargetPosition() {
		var lane = lane();

		assertThat(lane.place(a, 2)).isEqualTo(2);
		assertThat(lane.positions().keySet()).containsExactly(b, a, c);
	}

	@Test
	void movesToTheTopAndToTheBottom() {
		var lane = lane();

		lane.place(c, 1);
		assertThat(lane.positions().keySet()).containsExactly(c, a, b);
		lane.place(c, null);
		assertThat(lane.positions().keySet()).containsExactly(a, b, c);
	}

	@Test
	void closesTheGapWhenAnItemLeaves() {
		var lane = lane();

		lane.remove(b);

		assertThat(lane.positions()).containsExactly(entry(a, 1), entry(c, 2));
		assertThat(lane.positionOf(b)).isZero();
	}

	@Test
	void refusesAPositionBelowOne() {
		assertThatThrownBy(() -> lane().place(d, 0)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("position"));
	}

	private static Map.Entry<UUID, Integer> entry(UUID id, int position) {
		return Map.entry(id, position);
	}

}
