package dev.tandem.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.tandem.shared.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LaneOrderProperties {

	@Property
	void anySequenceOfMovesKeepsPositionsDenseAndEveryItemOnce(@ForAll @IntRange(max = 8) int initial,
			@ForAll @Size(max = 30) List<@IntRange(min = -2, max = 12) Integer> targets) {
		var items = new ArrayList<UUID>();
		IntStream.range(0, initial).forEach(i -> items.add(UUID.randomUUID()));
		var lane = new LaneOrder(items);
		var pool = new ArrayList<>(items);
		for (int step = 0; step < targets.size(); step++) {
			var target = targets.get(step);
			var item = pool.isEmpty() || step % 3 == 0 ? UUID.randomUUID() : pool.get(step % pool.size());
			if (!pool.contains(item)) {
				pool.add(item);
			}
			try {
				var position = lane.place(item, target == 0 ? null : target);
				assertThat(lane.positionOf(item)).isEqualTo(position);
				if (target > 0) {
					assertThat(position).isEqualTo(Math.min(target, lane.size()));
				}
			}
			catch (InvalidInputException refused) {
				assertThat(target).isNegative();
				pool.remove(item);
				pool.retainAll(lane.positions().keySet());
			}
			if (step % 5 == 4 && !pool.isEmpty()) {
				lane.remove(pool.remove(0));
			}
		}
		assertThat(lane.positions().values())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, lane.size()).boxed().toList());
		assertThat(lane.positions().keySet()).doesNotHaveDuplicates();
	}

}
