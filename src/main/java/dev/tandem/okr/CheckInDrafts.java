package dev.tandem.okr;

/**
 * Drafts a key result's monthly check-in from data. Declared here and implemented
 * downstream (the forecast module, which knows the forecast of linked work); okr works
 * without it: check-ins are then typed in full.
 */
public interface CheckInDrafts {

	/** The draft of this month's check-in of a key result of an open objective. */
	CheckInDraft draft(KeyResultView keyResult);

}
