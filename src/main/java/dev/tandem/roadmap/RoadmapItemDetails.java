package dev.tandem.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/**
 * What an outcome card says: a title, the problem it addresses, the outcome expected and
 * how it will be measured, the teams that own it and the objectives it serves. It has no
 * due date on purpose: dates are forecasts, never promises.
 */
public record RoadmapItemDetails(String title, String problem, String outcome, String measure, Set<TeamId> teamIds,
		Set<ObjectiveId> objectiveIds) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_MEASURE = 2000;

	public static final int MAX_TEAMS = 10;

	public static final int MAX_OBJECTIVES = 20;

	public RoadmapItemDetails {
		var errors = new ArrayList<FieldError>();
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
		}
		checkLength(errors, "problem", problem, MAX_TEXT);
		checkLength(errors, "outcome", outcome, MAX_TEXT);
		checkLength(errors, "measure", measure, MAX_MEASURE);
		if (teamIds == null || teamIds.isEmpty()) {
			errors.add(new FieldError("teamIds", "name at least one owning team"));
		}
		else if (teamIds.size() > MAX_TEAMS) {
			errors.add(new FieldError("teamIds", "must be at most " + MAX_TEAMS + " teams"));
		}
		if (objectiveIds != null && objectiveIds.size() > MAX_OBJECTIVES) {
			errors.add(new FieldError("objectiveIds", "must be at most " + MAX_OBJECTIVES + " objectives"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
		problem = blankToNull(problem);
		outcome = blankToNull(outcome);
		measure = blankToNull(measure);
		teamIds = Set.copyOf(new LinkedHashSet<>(teamIds));
		objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
	}

	/** Whether the item serves at least one objective; unaligned items are flagged. */
	public boolean aligned() {
		return !objectiveIds.isEmpty();
	}

	private static void checkLength(List<FieldError> errors, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
