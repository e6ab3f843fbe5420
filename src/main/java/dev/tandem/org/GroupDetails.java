package dev.tandem.org;

import java.util.ArrayList;

import dev.tandem.shared.InvalidInputException;

/**
 * What describes a group of teams (a tribe or product area) and its duo; both halves of
 * the duo are optional.
 */
public record GroupDetails(String name, String mission, PersonId productDirectorId, PersonId engineeringManagerId) {

	public static final int MAX_NAME = 200;

	public static final int MAX_MISSION = 2000;

	public GroupDetails {
		var errors = new ArrayList<InvalidInputException.FieldError>();
		if (name == null || name.isBlank()) {
			errors.add(new InvalidInputException.FieldError("name", "is required"));
		}
		else if (name.strip().length() > MAX_NAME) {
			errors.add(InvalidInputException.FieldError.of("name", "must be at most {0} characters", MAX_NAME));
		}
		if (mission != null && mission.strip().length() > MAX_MISSION) {
			errors.add(InvalidInputException.FieldError.of("mission", "must be at most {0} characters", MAX_MISSION));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		name = name.strip();
		mission = mission == null || mission.isBlank() ? null : mission.strip();
	}
}
