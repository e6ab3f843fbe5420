package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class CycleTimePercentilesProperties {

	@Property
	void percentilesAreCycleTimesThatHappenedInOrder(
			@ForAll @NotEmpty @Size(max = 300) List<@DoubleRange(min = 0, max = 400) Double> days) {
		var p = CycleTimePercentiles.of(days);

		assertThat(p.count()).isEqualTo(days.size());
		assertThat(days).contains(p.p50(), p.p85(), p.p95());
		assertThat(p.p50()).isLessThanOrEqualTo(p.p85());
		assertThat(p.p85()).isLessThanOrEqualTo(p.p95());
		assertThat(days.stream().filter(d -> d <= p.p85()).count()).as("at least 85 %% at or below p85")
			.isGreaterThanOrEqualTo((long) Math.ceil(0.85 * days.size() - 1e-9));
	}

}
