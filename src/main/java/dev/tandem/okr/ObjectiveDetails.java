package dev.tandem.okr;

import java.util.ArrayList;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.Quarter;

/**
 * What describes an objective, for creating or changing one. A TEAM objective names its
 * team, a GROUP objective its group, a COMPANY objective neither. The parent is optional.
 */
public record ObjectiveDetails(String title, String why, Quarter quarter, ObjectiveLevel level, PersonId ownerId,
		TeamId teamId, GroupId groupId, ObjectiveId parentId) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_WHY = 2000;

	public ObjectiveDetails {
		var errors = new ArrayList<FieldError>();
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
		}
		if (why != null && why.strip().length() > MAX_WHY) {
			errors.add(new FieldError("why", "must be at most " + MAX_WHY + " characters"));
		}
		if (quarter == null) {
			errors.add(new FieldError("quarter", "is required"));
		}
		if (ownerId == null) {
			errors.add(new FieldError("ownerId", "is required"));
		}
		if (level == null) {
			errors.add(new FieldError("level", "is required"));
		}
		else {
			if (level == ObjectiveLevel.TEAM && teamId == null) {
				errors.add(new FieldError("teamId", "is required for a team objective"));
			}
			if (level != ObjectiveLevel.TEAM && teamId != null) {
				errors.add(new FieldError("teamId", "only a team objective belongs to a team"));
			}
			if (level == ObjectiveLevel.GROUP && groupId == null) {
				errors.add(new FieldError("groupId", "is required for a group objective"));
			}
			if (level != ObjectiveLevel.GROUP && groupId != null) {
				errors.add(new FieldError("groupId", "only a group objective belongs to a group"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
		why = why == null || why.isBlank() ? null : why.strip();
	}

}
