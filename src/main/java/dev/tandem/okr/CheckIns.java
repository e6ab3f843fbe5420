package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.audit.AuditTrail;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;

/**
 * Monthly check-ins on key results and the list of check-ins still due this month.
 */
@Service
public class CheckIns {

	/** A check-in as recorded: the month it is for, value, confidence and a comment. */
	public record CheckInEntry(YearMonth month, BigDecimal value, Confidence confidence, String comment) {
	}

	private final OkrStore store;

	private final OkrViews views;

	private final OkrSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	CheckIns(OkrStore store, OkrViews views, OkrSettings settings, AuditTrail audit, Clock clock) {
		this.store = store;
		this.views = views;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the month's check-in (replacing an earlier one of the same month; the audit
	 * trail keeps both) and moves the key result's current value to the latest month's
	 * value. The month must lie in the objective's quarter and not in the future (400 on
	 * {@code month}).
	 */
	@Transactional
	public KeyResultView record(KeyResultId id, CheckInEntry entry) {
		var keyResult = store.keyResult(id);
		var objective = store.objective(keyResult.objectiveId());
		objective.requireOpen();
		var months = settings.calendar().monthsOf(objective.quarter());
		var previous = keyResult.checkIn(entry.month(), months, YearMonth.from(settings.today()), entry.value(),
				entry.confidence(), entry.comment(), clock.instant());
		store.keyResults.save(keyResult);
		var after = entry.month() + ": " + entry.value().toPlainString() + ", " + entry.confidence().level() + " "
				+ entry.confidence().score() + "/10" + (entry.comment() == null ? "" : ", " + entry.comment());
		audit.record(OkrStore.subject(id), OkrStore.subject(objective.id()),
				previous.isPresent() ? "check-in.updated" : "check-in.recorded",
				"Check-in for " + entry.month() + " on " + keyResult.statement(),
				previous
					.map(p -> p.checkInMonth() + ": " + p.checkValue().toPlainString() + ", " + p.confidence() + " "
							+ p.confidenceScore() + "/10" + (p.commentText() == null ? "" : ", " + p.commentText()))
					.orElse(null),
				after);
		return views.keyResult(keyResult, objective);
	}

	/**
	 * The same list as {@link #due(TeamId, PersonId)}, grouped per team and per owner.
	 */
	@Transactional(readOnly = true)
	public DueCheckIns dueGrouped(TeamId team, PersonId owner) {
		return DueCheckIns.of(due(team, owner));
	}

	/**
	 * Key results of ACTIVE objectives of the current quarter without a check-in this
	 * month, by team then owner; {@code team} and {@code owner} narrow it when given.
	 */
	@Transactional(readOnly = true)
	public List<CheckInDue> due(TeamId team, PersonId owner) {
		var quarter = settings.currentQuarter();
		var thisMonth = YearMonth.from(settings.today());
		var objectives = store.objectives.findByQuarterLabel(quarter.label())
			.stream()
			.filter(o -> o.state() == ObjectiveState.ACTIVE)
			.filter(o -> team == null || team.equals(o.summary().teamId()))
			.filter(o -> owner == null || owner.equals(o.summary().ownerId()))
			.toList();
		if (objectives.isEmpty()) {
			return List.of();
		}
		var names = views.allNames();
		var byId = new java.util.HashMap<java.util.UUID, Objective>();
		objectives.forEach(o -> byId.put(o.id().value(), o));
		var due = new ArrayList<CheckInDue>();
		for (var k : store.keyResults.findByObjectiveIdIn(byId.keySet())) {
			if (k.hasCheckIn(thisMonth)) {
				continue;
			}
			var o = byId.get(k.objectiveId().value()).summary();
			due.add(new CheckInDue(k.id(), k.statement(), o.id(), o.title(), o.ownerId(), names.person(o.ownerId()),
					o.teamId(), names.team(o.teamId())));
		}
		due.sort(Comparator.comparing((CheckInDue d) -> d.teamName() == null ? "" : d.teamName())
			.thenComparing(d -> d.ownerName() == null ? "" : d.ownerName())
			.thenComparing(CheckInDue::objectiveTitle)
			.thenComparing(CheckInDue::statement));
		return due;
	}

}
