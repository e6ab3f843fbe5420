package dev.tandem.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.InvalidInputException.FieldError;
import dev.tandem.shared.InvalidInputException;

/**
 * What a work item says: its kind, title, Markdown description, owning team, the feature
 * it belongs to, the roadmap item it serves, the skills it needs, who works on it and its
 * labels. Labels are trimmed and lower-cased so "UX" and "ux" are one label.
 */
public record WorkItemDetails(WorkItemKind kind, String title, String description, TeamId teamId, WorkItemId parentId,
		RoadmapItemId roadmapItemId, Set<Skill> skills, Set<PersonId> assignees, Set<String> labels) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 20000;

	public static final int MAX_LABEL = 40;

	public static final int MAX_LABELS = 20;

	public static final int MAX_ASSIGNEES = 20;

	public WorkItemDetails {
		var errors = new ArrayList<FieldError>();
		if (kind == null) {
			errors.add(new FieldError("kind", "is required"));
		}
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.strip().length() > MAX_TITLE) {
			errors.add(FieldError.of("title", "must be at most {0} characters", MAX_TITLE));
		}
		if (description != null && description.length() > MAX_DESCRIPTION) {
			errors.add(FieldError.of("description", "must be at most {0} characters", MAX_DESCRIPTION));
		}
		if (teamId == null) {
			errors.add(new FieldError("teamId", "is required"));
		}
		var cleanLabels = new TreeSet<String>();
		for (var label : labels == null ? Set.<String>of() : labels) {
			if (label == null || label.isBlank()) {
				continue;
			}
			var clean = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
			if (clean.length() > MAX_LABEL) {
				errors.add(FieldError.of("labels", "must be at most {0} characters", MAX_LABEL));
			}
			cleanLabels.add(clean);
		}
		if (cleanLabels.size() > MAX_LABELS) {
			errors.add(FieldError.of("labels", "at most {0} labels", MAX_LABELS));
		}
		if (assignees != null && assignees.size() > MAX_ASSIGNEES) {
			errors.add(FieldError.of("assignees", "at most {0} people", MAX_ASSIGNEES));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		title = title.strip();
		description = description == null || description.isBlank() ? null : description;
		skills = skills == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(skills));
		assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
		labels = Set.copyOf(cleanLabels);
	}

	static List<String> sorted(Set<String> labels) {
		return labels.stream().sorted().toList();
	}

}
