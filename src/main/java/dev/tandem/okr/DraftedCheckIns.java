package dev.tandem.okr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;

/**
 * Check-ins drafted from data ({@link CheckInDrafts}): the month's due check-ins with
 * their drafts, one key result's draft, and confirming a draft, which records it as a
 * check-in through {@link CheckIns} (a second confirmation in the same month replaces the
 * first, as check-ins do). Drafts are computed when asked, never stored, so they are
 * never stale. They are offered all month and highlighted in its last
 * {@value #MONTH_END_DAYS} days ({@link #monthEnd()}), when check-ins are done.
 */
@Service
public class DraftedCheckIns {

	/** The days at the end of a month when drafts are highlighted. */
	public static final int MONTH_END_DAYS = 7;

	/**
	 * A check-in due this month, its key result and its draft (null without drafting).
	 */
	public record DueDraft(CheckInDue due, KeyResultView keyResult, CheckInDraft draft) {
	}

	private final CheckIns checkIns;

	private final KeyResults keyResults;

	private final OkrSettings settings;

	private final ObjectProvider<CheckInDrafts> drafts;

	DraftedCheckIns(CheckIns checkIns, KeyResults keyResults, OkrSettings settings,
			ObjectProvider<CheckInDrafts> drafts) {
		this.checkIns = checkIns;
		this.keyResults = keyResults;
		this.settings = settings;
		this.drafts = drafts;
	}

	/** Whether a module drafts check-ins. */
	public boolean available() {
		return drafts.getIfAvailable() != null;
	}

	/** Whether today lies in the last {@value #MONTH_END_DAYS} days of its month. */
	public boolean monthEnd() {
		return monthEnd(settings.today());
	}

	static boolean monthEnd(LocalDate day) {
		return day.getDayOfMonth() > day.lengthOfMonth() - MONTH_END_DAYS;
	}

	/**
	 * The check-ins due this month ({@link CheckIns#due}), each with its draft;
	 * {@code team} and {@code owner} narrow it when given.
	 */
	@Transactional(readOnly = true)
	public List<DueDraft> due(TeamId team, PersonId owner) {
		var drafting = drafts.getIfAvailable();
		return checkIns.due(team, owner).stream().map(d -> {
			var keyResult = keyResults.get(d.keyResultId());
			return new DueDraft(d, keyResult, drafting == null ? null : drafting.draft(keyResult));
		}).toList();
	}

	/**
	 * The draft of this month's check-in of a key result whose objective is active in the
	 * current quarter; empty otherwise or without drafting. 404 for an unknown key
	 * result.
	 */
	@Transactional(readOnly = true)
	public Optional<CheckInDraft> draft(KeyResultId id) {
		var keyResult = keyResults.get(id);
		var drafting = drafts.getIfAvailable();
		if (drafting == null || keyResult.objectiveState() != ObjectiveState.ACTIVE
				|| !keyResult.quarter().equals(settings.currentQuarter())) {
			return Optional.empty();
		}
		return Optional.of(drafting.draft(keyResult));
	}

	/**
	 * Records this month's check-in from the draft: its value (or {@code value} when
	 * given, which a manual key result's draft needs since it has none), its suggested
	 * confidence and its rationale as the comment. 400 on {@code draft} when the key
	 * result has no draft, on {@code value} when neither gives a value.
	 */
	@Transactional
	public KeyResultView confirm(KeyResultId id, BigDecimal value) {
		var draft = draft(id).orElseThrow(() -> new InvalidInputException("draft",
				"this key result has no check-in draft (objective not active in the current quarter)"));
		var checked = value != null ? value : draft.value();
		if (checked == null) {
			throw new InvalidInputException("value", "is required");
		}
		return checkIns.record(id, new CheckIns.CheckInEntry(YearMonth.from(settings.today()), checked,
				draft.confidence(), draft.rationale()));
	}

}
