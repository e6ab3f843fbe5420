package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.identity.Role;
import dev.tandem.audit.AuditTrail;
import dev.tandem.shared.Quarter;

/**
 * Closes objectives at the end of a quarter: each key result gets a final score, proposed
 * from its progress and adjustable with a written reason; closing needs every key result
 * scored and makes the objective read-only with the mean score.
 */
@Service
public class QuarterClosing {

	private final OkrStore store;

	private final Objectives objectives;

	private final OkrViews views;

	private final AuditTrail audit;

	private final Clock clock;

	QuarterClosing(OkrStore store, Objectives objectives, OkrViews views, AuditTrail audit, Clock clock) {
		this.store = store;
		this.objectives = objectives;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets a key result's final score: the proposal from progress when {@code score} is
	 * null; otherwise 0.0–1.0, with a {@code reason} required when it differs from the
	 * proposal.
	 */
	@Transactional
	public KeyResultView score(KeyResultId id, BigDecimal score, String reason) {
		var keyResult = store.keyResult(id);
		var objective = store.objective(keyResult.objectiveId());
		objective.requireOpen();
		var before = keyResult.finalScore();
		keyResult.score(score, reason);
		store.keyResults.save(keyResult);
		audit.record(OkrStore.subject(id), OkrStore.subject(objective.id()), "key-result.scored",
				"Scored " + keyResult.statement() + " " + keyResult.finalScore().toPlainString()
						+ (keyResult.scoreReason() == null ? "" : " (" + keyResult.scoreReason() + ")"),
				before == null ? null : before.toPlainString(), keyResult.finalScore().toPlainString());
		return views.keyResult(keyResult, objective);
	}

	/**
	 * Closes the objective; refused (400 on {@code keyResults}) while one has no score.
	 */
	@Transactional
	public ObjectiveView close(ObjectiveId id, long expectedVersion) {
		var objective = store.objective(id, expectedVersion);
		var keyResults = store.keyResults.findByObjectiveIdOrderByCreatedAt(id.value());
		var before = objective.describe();
		objective.close(keyResults, clock.instant());
		store.objectives.save(objective);
		audit.record(OkrStore.subject(id), "objective.closed",
				"Closed objective " + objective.title() + " with score "
						+ (objective.score() == null ? "none" : objective.score().toPlainString()),
				before, objective.describe());
		return objectives.get(id);
	}

	/**
	 * Closes every open objective of the quarter (administrators only, 403 otherwise):
	 * key results without a final score take the proposal from their progress. The caller
	 * is checked before the label is parsed, so a non-administrator always gets 403.
	 * @param quarterLabel the quarter, like {@code 2026-Q4}
	 * @return how many objectives were closed
	 */
	@Transactional
	public int closeQuarter(String quarterLabel) {
		Role.requireAdmin("close a whole quarter");
		var quarter = Quarter.of(quarterLabel);
		var closed = 0;
		for (var objective : store.objectives.findByQuarterLabel(quarter.label())) {
			if (objective.state() == ObjectiveState.CLOSED) {
				continue;
			}
			var keyResults = store.keyResults.findByObjectiveIdOrderByCreatedAt(objective.id().value());
			for (var keyResult : keyResults) {
				if (keyResult.finalScore() == null) {
					keyResult.score(null, null);
					store.keyResults.save(keyResult);
				}
			}
			var before = objective.describe();
			objective.close(keyResults, clock.instant());
			store.objectives.save(objective);
			audit.record(OkrStore.subject(objective.id()), "objective.closed",
					"Closed objective " + objective.title() + " with the quarter " + quarter, before,
					objective.describe());
			closed++;
		}
		return closed;
	}

	/**
	 * The objective with each key result's proposed and final score, for the closing
	 * page.
	 */
	@Transactional(readOnly = true)
	public ObjectiveView scoring(ObjectiveId id) {
		return objectives.get(id);
	}

}
