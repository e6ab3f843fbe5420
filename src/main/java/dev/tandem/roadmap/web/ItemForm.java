package dev.tandem.roadmap.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemView;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.InvalidInputException.FieldError;

/** The roadmap item form as typed; {@code lane} is used only when creating. */
record ItemForm(String title, String problem, String outcome, String measure, List<String> teamIds,
		List<String> objectiveIds, String lane, Long version) {

	ItemForm {
		teamIds = teamIds == null ? List.of() : teamIds.stream().filter(t -> t != null && !t.isBlank()).toList();
		objectiveIds = objectiveIds == null ? List.of()
				: objectiveIds.stream().filter(o -> o != null && !o.isBlank()).toList();
	}

	static ItemForm empty(Lane lane) {
		return new ItemForm("", "", "", "", List.of(), List.of(), (lane == null ? Lane.NEXT : lane).name(), null);
	}

	static ItemForm of(RoadmapItemView item) {
		return new ItemForm(item.title(), orEmpty(item.problem()), orEmpty(item.outcome()), orEmpty(item.measure()),
				item.teams().stream().map(t -> t.id().toString()).toList(),
				item.objectives().stream().map(o -> o.id().toString()).toList(), item.lane().name(), item.version());
	}

	RoadmapItemDetails details() {
		var errors = new ArrayList<FieldError>();
		var teams = collect(errors, () -> ids(teamIds, "teamIds")).stream().map(TeamId::new).toList();
		var objectives = collect(errors, () -> ids(objectiveIds, "objectiveIds")).stream()
			.map(ObjectiveId::new)
			.toList();
		RoadmapItemDetails details = null;
		try {
			details = new RoadmapItemDetails(title, problem, outcome, measure, new HashSet<>(teams),
					new HashSet<>(objectives));
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return details;
	}

	Lane parsedLane() {
		return PageParams.lane(lane);
	}

	public boolean hasTeam(Object id) {
		return teamIds.contains(String.valueOf(id));
	}

	public boolean hasObjective(Object id) {
		return objectiveIds.contains(String.valueOf(id));
	}

	/**
	 * The chosen objectives, to keep offering them even if they are not the current
	 * quarter's.
	 */
	Set<ObjectiveId> chosenObjectives() {
		var chosen = new HashSet<ObjectiveId>();
		for (var id : objectiveIds) {
			try {
				chosen.add(ObjectiveId.of(id.strip()));
			}
			catch (IllegalArgumentException e) {
				// not an id; the form reports it when saving
			}
		}
		return chosen;
	}

	private static List<UUID> ids(List<String> texts, String field) {
		var ids = new ArrayList<UUID>();
		for (var text : texts) {
			try {
				ids.add(UUID.fromString(text.strip()));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(field, "is not a valid choice");
			}
		}
		return ids;
	}

	private static List<UUID> collect(List<FieldError> errors, Supplier<List<UUID>> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return List.of();
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
