package dev.tandem.okr;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.shared.InvalidInputException;

/**
 * The door for modules downstream of okr (adoption, delivery) that measure a key result's
 * value: they record it here, naming the source kind they speak for. People use
 * {@link CheckIns} instead.
 */
@Service
public class KeyResultMeasurements {

	private final OkrStore store;

	private final OkrViews views;

	private final AuditTrail audit;

	KeyResultMeasurements(OkrStore store, OkrViews views, AuditTrail audit) {
		this.store = store;
		this.views = views;
		this.audit = audit;
	}

	/**
	 * A key result whose value a module measures: its id, source configuration and
	 * current value.
	 */
	public record MeasuredKeyResult(KeyResultId id, String config, BigDecimal currentValue) {
	}

	/**
	 * The key results of open objectives that take their value from {@code sourceKind},
	 * so the module speaking for it knows what to measure.
	 */
	@Transactional(readOnly = true)
	public List<MeasuredKeyResult> measuredBy(String sourceKind) {
		return store.keyResults.findBySourceKind(sourceKind)
			.stream()
			.filter(k -> store.objective(k.objectiveId()).state() != ObjectiveState.CLOSED)
			.map(k -> new MeasuredKeyResult(k.id(), k.source().config(), k.currentValue()))
			.toList();
	}

	/**
	 * Sets the key result's current value to a measured one. Refused (400 on
	 * {@code source}) when the key result's declared source is not of {@code sourceKind},
	 * and when its objective is closed.
	 */
	@Transactional
	public KeyResultView record(KeyResultId id, String sourceKind, BigDecimal value) {
		var keyResult = store.keyResult(id);
		var objective = store.objective(keyResult.objectiveId());
		objective.requireOpen();
		if (!keyResult.source().kind().equals(sourceKind)) {
			throw new InvalidInputException("source",
					"this key result takes its value from " + keyResult.source().kind() + ", not " + sourceKind);
		}
		var before = keyResult.currentValue();
		keyResult.measured(value);
		store.keyResults.save(keyResult);
		audit.record(OkrStore.subject(id), OkrStore.subject(objective.id()), "key-result.measured",
				"Measured " + keyResult.statement() + " from " + sourceKind, before.toPlainString(),
				value.toPlainString());
		return views.keyResult(keyResult, objective);
	}

}
