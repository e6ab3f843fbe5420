package dev.tandem.roadmap.web;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.audit.AuditEntry;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.GroupId;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemDetails;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapItemView;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.roadmap.RoadmapQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Roadmap items over HTTP: list with filters, create, read, change, move, delete. */
@RestController
@RequestMapping("/api/v1/roadmap/items")
@Tag(name = "Roadmap", description = "Outcome roadmap items in Now, Next, Later and Vision lanes; no due dates")
class RoadmapApiController {

	static final int HISTORY = 100;

	private final RoadmapPlanning planning;

	private final RoadmapQueries queries;

	RoadmapApiController(RoadmapPlanning planning, RoadmapQueries queries) {
		this.planning = planning;
		this.queries = queries;
	}

	record ItemRequest(@NotBlank @Size(max = RoadmapItemDetails.MAX_TITLE) String title,
			@Size(max = RoadmapItemDetails.MAX_TEXT) String problem,
			@Size(max = RoadmapItemDetails.MAX_TEXT) String outcome,
			@Size(max = RoadmapItemDetails.MAX_MEASURE) String measure,
			@NotEmpty @Size(max = RoadmapItemDetails.MAX_TEAMS) List<@NotNull UUID> teamIds,
			@Size(max = RoadmapItemDetails.MAX_OBJECTIVES) List<@NotNull UUID> objectiveIds, @NotNull Lane lane,
			@Min(1) Integer position) {

		RoadmapItemDetails details() {
			return RoadmapApiController.details(title, problem, outcome, measure, teamIds, objectiveIds);
		}

	}

	record ItemUpdate(@NotBlank @Size(max = RoadmapItemDetails.MAX_TITLE) String title,
			@Size(max = RoadmapItemDetails.MAX_TEXT) String problem,
			@Size(max = RoadmapItemDetails.MAX_TEXT) String outcome,
			@Size(max = RoadmapItemDetails.MAX_MEASURE) String measure,
			@NotEmpty @Size(max = RoadmapItemDetails.MAX_TEAMS) List<@NotNull UUID> teamIds,
			@Size(max = RoadmapItemDetails.MAX_OBJECTIVES) List<@NotNull UUID> objectiveIds, @NotNull Long version) {

		RoadmapItemDetails details() {
			return RoadmapApiController.details(title, problem, outcome, measure, teamIds, objectiveIds);
		}

	}

	record MoveRequest(@NotNull Lane lane, @Min(1) Integer position, @NotNull Long version) {
	}

	@GetMapping
	@Operation(summary = "Items by lane (Now first) and position, filtered by lane, team, group (its teams) "
			+ "and objective")
	List<RoadmapItemView> items(@RequestParam(required = false) Lane lane, @RequestParam(required = false) TeamId team,
			@RequestParam(required = false) GroupId group, @RequestParam(required = false) ObjectiveId objective) {
		return queries.items(lane, new BoardFilter(team, group, objective));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an item in a lane; position 1 is the top, no position puts it last")
	RoadmapItemView create(@Valid @RequestBody ItemRequest request) {
		return planning.create(request.details(), request.lane(), request.position());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An item with its teams, objectives, lane and position")
	RoadmapItemView item(@PathVariable RoadmapItemId id) {
		return queries.item(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change what the item says; send the version you read (409 when someone changed it since)")
	RoadmapItemView update(@PathVariable RoadmapItemId id, @Valid @RequestBody ItemUpdate request) {
		return planning.update(id, request.version(), request.details());
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move an item within its lane or to another one; send the version you read")
	RoadmapItemView move(@PathVariable RoadmapItemId id, @Valid @RequestBody MoveRequest request) {
		return planning.move(id, request.version(), request.lane(), request.position());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an item; send the version you read. Its history stays in the audit trail")
	void delete(@PathVariable RoadmapItemId id,
			@Parameter(description = "the version you read") @RequestParam long version) {
		planning.delete(id, version);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "What happened to the item, newest first, lane moves included")
	List<AuditEntry> history(@PathVariable RoadmapItemId id,
			@RequestParam(defaultValue = "50") @Min(1) @Max(HISTORY) int limit) {
		return queries.history(id, limit);
	}

	private static RoadmapItemDetails details(String title, String problem, String outcome, String measure,
			List<UUID> teamIds, List<UUID> objectiveIds) {
		return new RoadmapItemDetails(title, problem, outcome, measure,
				teamIds == null ? null
						: teamIds.stream().map(TeamId::new).collect(Collectors.toCollection(HashSet::new)),
				objectiveIds == null ? null
						: objectiveIds.stream().map(ObjectiveId::new).collect(Collectors.toCollection(HashSet::new)));
	}

}
