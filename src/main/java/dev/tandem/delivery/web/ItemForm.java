package dev.tandem.delivery.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.InvalidInputException;

/** The work item form as typed: re-shown as it was when it is refused. */
record ItemForm(String kind, String title, String description, String teamId, String parentId, String roadmapItemId,
		String skills, List<String> assignees, String labels, Long version, String principalHours,
		String interestHours) {

	static ItemForm empty(TeamId team) {
		return new ItemForm(WorkItemKind.STORY.name(), "", "", team == null ? "" : team.toString(), "", "", "",
				List.of(), "", null, "", "");
	}

	static ItemForm of(WorkItemView item) {
		return new ItemForm(item.kind().name(), item.title(), item.description() == null ? "" : item.description(),
				item.team().id().toString(), item.parent() == null ? "" : item.parent().id().toString(),
				item.roadmapItemId() == null ? "" : item.roadmapItemId().toString(),
				item.skills().stream().map(Skill::displayName).collect(Collectors.joining(", ")),
				item.assignees().stream().map(p -> p.id().toString()).toList(), String.join(", ", item.labels()),
				item.version(), hours(item.debt() == null ? null : item.debt().principalHours()),
				hours(item.debt() == null ? null : item.debt().interestHours()));
	}

	public boolean assigned(PersonId person) {
		return assignees != null && assignees.contains(person.toString());
	}

	/** The details, or every field error at once. */
	WorkItemDetails details() {
		var errors = new ArrayList<FieldError>();
		WorkItemKind parsedKind = null;
		try {
			parsedKind = kind == null || kind.isBlank() ? null : WorkItemKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError("kind", "is not a kind of work item"));
		}
		var team = uuid(teamId, "teamId", errors);
		var parent = uuid(parentId, "parentId", errors);
		var roadmap = uuid(roadmapItemId, "roadmapItemId", errors);
		Set<Skill> parsedSkills = Set.of();
		try {
			parsedSkills = Skill.parseAll(skills == null ? List.of() : List.of(skills), "skills");
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
		}
		var people = new ArrayList<PersonId>();
		for (var a : assignees == null ? List.<String>of() : assignees) {
			var id = uuid(a, "assignees", errors);
			if (id != null) {
				people.add(new PersonId(id));
			}
		}
		try {
			var details = new WorkItemDetails(parsedKind, title, description, team == null ? null : new TeamId(team),
					parent == null ? null : new WorkItemId(parent), roadmap == null ? null : new RoadmapItemId(roadmap),
					parsedSkills, Set.copyOf(people),
					labels == null ? Set.of() : Set.copyOf(Arrays.asList(labels.split(","))));
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return details;
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			throw new InvalidInputException(errors.stream().distinct().toList());
		}
	}

	/** What the debt costs, as typed; blank fields are unknown. */
	dev.tandem.delivery.DebtCost debt() {
		var errors = new ArrayList<FieldError>();
		var principal = decimal(principalHours, "principalHours", errors);
		var interest = decimal(interestHours, "interestHours", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new dev.tandem.delivery.DebtCost(principal, interest);
	}

	private static String hours(java.math.BigDecimal hours) {
		return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
	}

	private static java.math.BigDecimal decimal(String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError(field, "must be a number of hours"));
			return null;
		}
	}

	private static UUID uuid(String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError(field, "is not a valid id"));
			return null;
		}
	}

}
