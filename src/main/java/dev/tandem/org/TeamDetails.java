package dev.tandem.org;

import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;

import dev.tandem.shared.InvalidInputException;

/**
 * What describes a team, for creating or changing one. The duo (product manager and lead
 * developer) and the group are optional; a missing half of the duo is a warning, not an
 * error.
 */
public record TeamDetails(String name, String mission, TeamKind kind, Set<Skill> neededSkills,
		PersonId productManagerId, PersonId leadDeveloperId, GroupId groupId) {

	public static final int MAX_NAME = 200;

	public static final int MAX_MISSION = 2000;

	public TeamDetails {
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
		if (kind == null) {
			errors.add(new InvalidInputException.FieldError("kind", "is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		name = name.strip();
		mission = mission == null || mission.isBlank() ? null : mission.strip();
		neededSkills = neededSkills == null ? Set.of() : Set.copyOf(new TreeSet<>(neededSkills));
	}
}
