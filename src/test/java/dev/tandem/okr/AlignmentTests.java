package dev.tandem.okr;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.org.PersonId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;

class AlignmentTests {

	private static final Quarter Q4 = Quarter.of("2026-Q4");

	private final Map<ObjectiveId, ObjectiveSummary> objectives = new HashMap<>();

	private ObjectiveId objective(Quarter quarter, ObjectiveId parent) {
		var id = ObjectiveId.random();
		objectives.put(id, new ObjectiveSummary(id, "O", quarter, ObjectiveLevel.COMPANY,
				new PersonId(UUID.randomUUID()), null, null, parent, ObjectiveState.DRAFT));
		return id;
	}

	private Optional<ObjectiveSummary> lookup(ObjectiveId id) {
		return Optional.ofNullable(objectives.get(id));
	}

	@Test
	void acceptsAParentOfTheSameQuarter() {
		var parent = objective(Q4, null);

		assertThatCode(() -> Alignment.check(null, Q4, parent, this::lookup)).doesNotThrowAnyException();
	}

	@Test
	void refusesAParentOfAnotherQuarter() {
		var parent = objective(Q4.previous(), null);

		assertThatThrownBy(() -> Alignment.check(null, Q4, parent, this::lookup))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parentId");
	}

	@Test
	void refusesAnUnknownParent() {
		assertThatThrownBy(() -> Alignment.check(null, Q4, ObjectiveId.random(), this::lookup))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("parentId");
	}

	@Test
	void refusesACycleThroughADescendant() {
		var root = objective(Q4, null);
		var child = objective(Q4, root);
		var grandChild = objective(Q4, child);

		assertThatThrownBy(() -> Alignment.check(root, Q4, grandChild, this::lookup))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cycle");
		assertThatThrownBy(() -> Alignment.check(root, Q4, root, this::lookup)).hasMessageContaining("cycle");
	}

}
