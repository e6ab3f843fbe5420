package dev.tandem.okr;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.shared.InvalidInputException;

/**
 * Adds, changes and removes the key results of open objectives. Every change is audited.
 */
@Service
public class KeyResults {

	private final OkrStore store;

	private final OkrViews views;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<MeasuredSourceCatalog> catalogs;

	KeyResults(OkrStore store, OkrViews views, AuditTrail audit, Clock clock,
			ObjectProvider<MeasuredSourceCatalog> catalogs) {
		this.store = store;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
		this.catalogs = catalogs;
	}

	/** Every measured source offered by a catalog, in order; empty without catalogs. */
	@Transactional(readOnly = true)
	public List<MeasuredSourceCatalog.Choice> sourceChoices() {
		return catalogs.orderedStream().flatMap(c -> c.choices().stream()).toList();
	}

	/**
	 * A measured source must be one a catalog offers (so it points at something that
	 * exists); a source kept unchanged on an update is accepted as it is.
	 */
	private void checkSource(KeyResultSource source, KeyResultSource before) {
		if (source instanceof KeyResultSource.Manual || source.equals(before)) {
			return;
		}
		if (sourceChoices().stream().noneMatch(c -> c.id().equals(source.id()))) {
			throw new InvalidInputException("source", "is not a source this key result can take its value from");
		}
	}

	/** Adds a key result to an open objective (404 when the objective does not exist). */
	@Transactional
	public KeyResultView add(ObjectiveId objectiveId, KeyResultDetails details) {
		var objective = store.objective(objectiveId);
		objective.requireOpen();
		checkSource(details.source(), null);
		var keyResult = store.keyResults.save(KeyResult.create(objectiveId, details, clock.instant()));
		audit.record(OkrStore.subject(keyResult.id()), OkrStore.subject(objectiveId), "key-result.added",
				"Added key result " + keyResult.statement() + " to " + objective.title(), null, keyResult.describe());
		return views.keyResult(keyResult, objective);
	}

	/**
	 * Changes statement, measure or source; 409 when stale. Clears a final score given
	 * before, since it was based on the old measure.
	 */
	@Transactional
	public KeyResultView update(KeyResultId id, long expectedVersion, KeyResultDetails details) {
		var keyResult = store.keyResult(id, expectedVersion);
		var objective = store.objective(keyResult.objectiveId());
		objective.requireOpen();
		checkSource(details.source(), keyResult.source());
		var before = keyResult.describe();
		keyResult.change(details);
		store.keyResults.save(keyResult);
		audit.record(OkrStore.subject(id), OkrStore.subject(objective.id()), "key-result.updated",
				"Updated key result " + keyResult.statement(), before, keyResult.describe());
		return get(id);
	}

	@Transactional
	public void remove(KeyResultId id, long expectedVersion) {
		var keyResult = store.keyResult(id, expectedVersion);
		var objective = store.objective(keyResult.objectiveId());
		objective.requireOpen();
		store.keyResults.delete(keyResult);
		audit.record(OkrStore.subject(id), OkrStore.subject(objective.id()), "key-result.removed",
				"Removed key result " + keyResult.statement() + " from " + objective.title(), keyResult.describe(),
				null);
	}

	@Transactional(readOnly = true)
	public KeyResultView get(KeyResultId id) {
		var keyResult = store.keyResult(id);
		return views.keyResult(keyResult, store.objective(keyResult.objectiveId()));
	}

	/** Check-ins (including replaced ones), measurements and changes, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(KeyResultId id, int limit) {
		return audit.about(OkrStore.subject(id), limit);
	}

}
