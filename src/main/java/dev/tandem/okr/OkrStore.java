package dev.tandem.okr;

import org.springframework.stereotype.Component;

import dev.tandem.audit.Subject;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/** Loads the OKR aggregates for the use-case services; 404 when they do not exist. */
@Component
class OkrStore {

	final ObjectiveRepository objectives;

	final KeyResultRepository keyResults;

	OkrStore(ObjectiveRepository objectives, KeyResultRepository keyResults) {
		this.objectives = objectives;
		this.keyResults = keyResults;
	}

	Objective objective(ObjectiveId id) {
		return objectives.findById(id.value()).orElseThrow(() -> new NotFoundException("objective", id));
	}

	Objective objective(ObjectiveId id, long expectedVersion) {
		var objective = objective(id);
		if (!objective.isVersion(expectedVersion)) {
			throw new StaleVersionException("objective", id, expectedVersion);
		}
		return objective;
	}

	KeyResult keyResult(KeyResultId id) {
		return keyResults.findById(id.value()).orElseThrow(() -> new NotFoundException("key result", id));
	}

	KeyResult keyResult(KeyResultId id, long expectedVersion) {
		var keyResult = keyResult(id);
		if (!keyResult.isVersion(expectedVersion)) {
			throw new StaleVersionException("key result", id, expectedVersion);
		}
		return keyResult;
	}

	static Subject subject(ObjectiveId id) {
		return Subject.of("objective", id);
	}

	static Subject subject(KeyResultId id) {
		return Subject.of("key-result", id);
	}

}
