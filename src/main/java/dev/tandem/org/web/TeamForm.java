package dev.tandem.org.web;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.org.GroupId;
import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.shared.InvalidInputException;

/**
 * The team form as typed. {@code neededSkills} gathers the ticked built-in skills and the
 * free-form text field, which may hold several skills separated by commas.
 */
record TeamForm(String name, String mission, String kind, List<String> neededSkills, String productManagerId,
		String leadDeveloperId, String groupId, Long version) {

	TeamForm {
		neededSkills = neededSkills == null ? List.of()
				: List.copyOf(neededSkills.stream().filter(s -> s != null).toList());
	}

	static TeamForm empty() {
		return new TeamForm("", "", TeamKind.STREAM_ALIGNED.name(), List.of(), "", "", "", null);
	}

	static TeamForm of(TeamView team) {
		return new TeamForm(team.name(), team.mission() == null ? "" : team.mission(), team.kind().name(),
				team.neededSkills().stream().map(Skill::code).toList(),
				team.productManager() == null ? "" : team.productManager().id().toString(),
				team.leadDeveloper() == null ? "" : team.leadDeveloper().id().toString(),
				team.group() == null ? "" : team.group().id().toString(), team.version());
	}

	TeamDetails details() {
		var errors = new ArrayList<InvalidInputException.FieldError>();
		var parsedKind = Forms.collect(errors, () -> Forms.requiredEnum(TeamKind.class, kind, "kind"));
		var skills = Forms.collect(errors, () -> Skill.parseAll(neededSkills, "neededSkills"));
		var pm = Forms.collect(errors, () -> Forms.optionalId(productManagerId, "productManagerId"));
		var lead = Forms.collect(errors, () -> Forms.optionalId(leadDeveloperId, "leadDeveloperId"));
		var group = Forms.collect(errors, () -> Forms.optionalId(groupId, "groupId"));
		var details = Forms.collect(errors,
				() -> new TeamDetails(name, mission, parsedKind == null ? TeamKind.STREAM_ALIGNED : parsedKind, skills,
						pm == null ? null : new PersonId(pm), lead == null ? null : new PersonId(lead),
						group == null ? null : new GroupId(group)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return details;
	}

	/** True when the skill is among the chosen ones, whatever its spelling. */
	public boolean has(Skill skill) {
		try {
			return Skill.parseAll(neededSkills, "neededSkills").contains(skill);
		}
		catch (InvalidInputException e) {
			return neededSkills.contains(skill.code());
		}
	}

	/** The chosen skills that are not built in, for the free-form text field. */
	public String otherSkills() {
		return String.join(", ",
				neededSkills.stream()
					.flatMap(entry -> java.util.Arrays.stream(entry.split(",")))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.filter(s -> {
						try {
							return !Skill.of(s).builtIn();
						}
						catch (IllegalArgumentException e) {
							return true;
						}
					})
					.toList());
	}
}
