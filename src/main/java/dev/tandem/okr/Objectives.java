package dev.tandem.okr;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditEntry;
import dev.tandem.audit.AuditTrail;
import dev.tandem.org.Groups;
import dev.tandem.org.People;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;

/**
 * Creates and shapes objectives: details and alignment, activation, deletion of drafts.
 * Every change is audited; a closed objective refuses changes.
 */
@Service
public class Objectives {

	private final OkrStore store;

	private final ObjectiveDirectory directory;

	private final OkrViews views;

	private final People people;

	private final Teams teams;

	private final Groups groups;

	private final AuditTrail audit;

	private final Clock clock;

	Objectives(OkrStore store, ObjectiveDirectory directory, OkrViews views, People people, Teams teams, Groups groups,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.views = views;
		this.people = people;
		this.teams = teams;
		this.groups = groups;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a draft objective. Owner, team and group must exist (400 on their field);
	 * the parent must exist and lie in the same quarter (400 on {@code parentId}).
	 */
	@Transactional
	public ObjectiveView create(ObjectiveDetails details) {
		checkReferences(details);
		Alignment.check(null, details.quarter(), details.parentId(), directory::find);
		var objective = store.objectives.save(Objective.create(details, clock.instant()));
		audit.record(OkrStore.subject(objective.id()), "objective.created", "Created objective " + objective.title(),
				null, objective.describe());
		return views.objective(objective, List.of());
	}

	/**
	 * Changes an objective's details; 409 when {@code expectedVersion} is stale. Its
	 * quarter cannot change while objectives are aligned under it.
	 */
	@Transactional
	public ObjectiveView update(ObjectiveId id, long expectedVersion, ObjectiveDetails details) {
		var objective = store.objective(id, expectedVersion);
		objective.requireOpen();
		checkReferences(details);
		Alignment.check(id, details.quarter(), details.parentId(), directory::find);
		if (!details.quarter().equals(objective.quarter()) && store.objectives.existsByParentId(id.value())) {
			throw new InvalidInputException("quarter",
					"cannot change while objectives of this quarter are aligned under it");
		}
		var before = objective.describe();
		objective.change(details);
		store.objectives.save(objective);
		audit.record(OkrStore.subject(id), "objective.updated", "Updated objective " + objective.title(), before,
				objective.describe());
		return get(id);
	}

	/** Moves a draft objective to ACTIVE: it now counts for check-ins. */
	@Transactional
	public ObjectiveView activate(ObjectiveId id, long expectedVersion) {
		var objective = store.objective(id, expectedVersion);
		var before = objective.describe();
		objective.activate();
		store.objectives.save(objective);
		audit.record(OkrStore.subject(id), "objective.activated", "Activated objective " + objective.title(), before,
				objective.describe());
		return get(id);
	}

	/**
	 * Deletes an objective that is not closed and has nothing aligned under it, with its
	 * key results; the audit trail keeps its history.
	 */
	@Transactional
	public void delete(ObjectiveId id, long expectedVersion) {
		var objective = store.objective(id, expectedVersion);
		objective.requireOpen();
		if (store.objectives.existsByParentId(id.value())) {
			throw new InvalidInputException("id", "objectives are aligned under this one; move them first");
		}
		store.keyResults.deleteAll(store.keyResults.findByObjectiveIdOrderByCreatedAt(id.value()));
		store.objectives.delete(objective);
		audit.record(OkrStore.subject(id), "objective.deleted", "Deleted objective " + objective.title(),
				objective.describe(), null);
	}

	@Transactional(readOnly = true)
	public ObjectiveView get(ObjectiveId id) {
		var objective = store.objective(id);
		return views.objective(objective, store.keyResults.findByObjectiveIdOrderByCreatedAt(id.value()));
	}

	/** What happened to the objective, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(ObjectiveId id, int limit) {
		return audit.about(OkrStore.subject(id), limit);
	}

	private void checkReferences(ObjectiveDetails details) {
		if (!people.exists(details.ownerId())) {
			throw new InvalidInputException("ownerId", "no person has this id");
		}
		if (details.teamId() != null) {
			try {
				teams.get(details.teamId());
			}
			catch (NotFoundException e) {
				throw new InvalidInputException("teamId", "no team has this id");
			}
		}
		if (details.groupId() != null) {
			try {
				groups.get(details.groupId());
			}
			catch (NotFoundException e) {
				throw new InvalidInputException("groupId", "no group has this id");
			}
		}
	}

}
