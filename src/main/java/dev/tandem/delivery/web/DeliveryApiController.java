package dev.tandem.delivery.web;

import java.security.Principal;
import java.time.LocalDate;
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

import dev.tandem.delivery.CrossTeamFeature;
import dev.tandem.delivery.CrossTeamFeatures;
import dev.tandem.delivery.CycleTimePercentiles;
import dev.tandem.delivery.DeliveryHistory;
import dev.tandem.delivery.DeliveryQueries.ItemFilter;
import dev.tandem.delivery.DeliveryQueries;
import dev.tandem.delivery.Dependencies;
import dev.tandem.delivery.Estimate;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.SizeScale;
import dev.tandem.delivery.TShirtSize;
import dev.tandem.delivery.WorkItemDetails;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItemView;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.PersonId;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamId;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Delivery over HTTP: work items, moves, estimates, dependencies, releases and flow
 * history.
 */
@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery", description = "Work items through BACKLOG → READY → IN_PROGRESS → IN_REVIEW → DONE → RELEASED")
class DeliveryApiController {

	private final WorkItems workItems;

	private final Workflow workflow;

	private final Estimation estimation;

	private final Dependencies dependencies;

	private final DeliveryQueries queries;

	private final DeliveryHistory history;

	private final CrossTeamFeatures crossTeam;

	DeliveryApiController(WorkItems workItems, Workflow workflow, Estimation estimation, Dependencies dependencies,
			DeliveryQueries queries, DeliveryHistory history, CrossTeamFeatures crossTeam) {
		this.workItems = workItems;
		this.workflow = workflow;
		this.estimation = estimation;
		this.dependencies = dependencies;
		this.queries = queries;
		this.history = history;
		this.crossTeam = crossTeam;
	}

	record ItemRequest(@NotNull WorkItemKind kind, @NotBlank @Size(max = WorkItemDetails.MAX_TITLE) String title,
			@Size(max = WorkItemDetails.MAX_DESCRIPTION) String description, @NotNull UUID teamId, UUID parentId,
			UUID roadmapItemId, List<@NotNull String> skills, List<@NotNull UUID> assignees,
			List<@NotNull String> labels, Long version, java.math.BigDecimal principalHours,
			java.math.BigDecimal interestHours) {

		dev.tandem.delivery.DebtCost debt() {
			return new dev.tandem.delivery.DebtCost(principalHours, interestHours);
		}

		WorkItemDetails details() {
			return new WorkItemDetails(kind, title, description, teamId == null ? null : new TeamId(teamId),
					parentId == null ? null : new WorkItemId(parentId),
					roadmapItemId == null ? null : new RoadmapItemId(roadmapItemId), Skill.parseAll(skills, "skills"),
					assignees == null ? null : assignees.stream().map(PersonId::new).collect(Collectors.toSet()),
					labels == null ? null : new HashSet<>(labels));
		}

	}

	record TransitionRequest(@NotBlank String to, String fromState, Long version) {
	}

	record EstimateRequest(Integer points, TShirtSize size, @NotEmpty List<@NotNull UUID> participants,
			@NotNull Long version) {
	}

	record DependencyRequest(@NotNull UUID itemId) {
	}

	record ReleaseRequest(@NotBlank @Size(max = Workflow.MAX_RELEASE_NAME) String name,
			@NotEmpty List<@NotNull UUID> itemIds) {
	}

	@GetMapping("/items")
	@Operation(summary = "Work items by creation, filtered by team, kind, state, roadmap item and label")
	List<WorkItemView> items(@RequestParam(required = false) TeamId team,
			@RequestParam(required = false) WorkItemKind kind, @RequestParam(required = false) WorkflowState state,
			@RequestParam(required = false) RoadmapItemId roadmapItem, @RequestParam(required = false) String label) {
		return queries.items(new ItemFilter(team, kind, state, roadmapItem, label));
	}

	@PostMapping("/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a work item in the backlog; the team must exist, a parent must be a feature")
	WorkItemView create(@Valid @RequestBody ItemRequest request, Principal principal) {
		return workItems.create(request.details(), request.debt(), principal.getName());
	}

	@GetMapping("/items/{id}")
	@Operation(summary = "A work item with its history, estimate, children, dependencies and team span")
	WorkItemView item(@PathVariable WorkItemId id) {
		return queries.item(id);
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Change what the item says; send the version you read (409 when someone changed it since)")
	WorkItemView update(@PathVariable WorkItemId id, @Valid @RequestBody ItemRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required");
		}
		return workItems.update(id, request.version(), request.details(), request.debt());
	}

	@DeleteMapping("/items/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an item without children; send the version you read")
	void delete(@PathVariable WorkItemId id,
			@Parameter(description = "the version you read") @RequestParam long version) {
		workItems.delete(id, version);
	}

	@PostMapping("/items/{id}/transitions")
	@Operation(summary = "Move the item to another state, backwards too; send the state you saw (fromState) "
			+ "or the version you read — 409 when it is no longer true, 400 for an unknown state")
	WorkItemView transition(@PathVariable WorkItemId id, @Valid @RequestBody TransitionRequest request,
			Principal principal) {
		return workflow.transition(id, WorkflowState.parse(request.to(), "to"),
				request.fromState() == null ? null : WorkflowState.parse(request.fromState(), "fromState"),
				request.version(), principal.getName());
	}

	@PostMapping("/items/{id}/estimate")
	@Operation(summary = "Estimate the item in points or a t-shirt size, naming who took part; flagged "
			+ "\"without QA\" when nobody wore an active QA hat")
	Estimate estimate(@PathVariable WorkItemId id, @Valid @RequestBody EstimateRequest request) {
		return estimation.estimate(id, request.version(), request.points(), request.size(),
				request.participants().stream().map(PersonId::new).collect(Collectors.toSet()));
	}

	@PostMapping("/items/{id}/blocked-by")
	@Operation(summary = "Record that another item blocks this one; 400 with the loop when it would close one")
	WorkItemView addBlocker(@PathVariable WorkItemId id, @Valid @RequestBody DependencyRequest request) {
		return dependencies.add(new WorkItemId(request.itemId()), id, "itemId");
	}

	@DeleteMapping("/items/{id}/blocked-by/{blockerId}")
	@Operation(summary = "Remove a dependency on a blocker")
	WorkItemView removeBlocker(@PathVariable WorkItemId id, @PathVariable WorkItemId blockerId) {
		return dependencies.remove(blockerId, id);
	}

	@PostMapping("/items/{id}/blocks")
	@Operation(summary = "Record that this item blocks another one; returns the blocked item")
	WorkItemView addBlocked(@PathVariable WorkItemId id, @Valid @RequestBody DependencyRequest request) {
		return dependencies.add(id, new WorkItemId(request.itemId()), "itemId");
	}

	@DeleteMapping("/items/{id}/blocks/{blockedId}")
	@Operation(summary = "Remove a dependency this item is the blocker of; returns the blocked item")
	WorkItemView removeBlocked(@PathVariable WorkItemId id, @PathVariable WorkItemId blockedId) {
		return dependencies.remove(id, blockedId);
	}

	@PostMapping("/releases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a release: every listed item, all DONE, becomes RELEASED at the same time")
	Workflow.ReleaseView release(@Valid @RequestBody ReleaseRequest request, Principal principal) {
		return workflow.release(request.name(), request.itemIds().stream().map(WorkItemId::new).toList(),
				principal.getName());
	}

	@GetMapping("/teams/{id}/throughput")
	@Operation(summary = "Items the team finished per day, every day from `from` to `to` included (zeros too)")
	List<DeliveryHistory.DailyThroughput> throughput(@PathVariable TeamId id, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return history.finishedPerDay(id, from, to);
	}

	@GetMapping("/teams/{id}/cycle-times")
	@Operation(summary = "Cycle times (first IN_PROGRESS → last DONE) of the items the team finished in the range")
	List<DeliveryHistory.CycleTime> cycleTimes(@PathVariable TeamId id, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return history.cycleTimes(id, from, to);
	}

	@GetMapping("/teams/{id}/cycle-time-percentiles")
	@Operation(summary = "The 50th, 85th and 95th percentiles (nearest rank, in days) of the cycle times of the "
			+ "items the team finished in the range; null when none")
	CycleTimePercentiles cycleTimePercentiles(@PathVariable TeamId id, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return history.cycleTimePercentiles(id, from, to);
	}

	@GetMapping("/teams/{id}/flow")
	@Operation(summary = "The team's flow over the last `weeks` weeks (Monday to Sunday, this week included; "
			+ "default 12, at most 52): finished per day and per week, cycle times and their percentiles")
	DeliveryHistory.Flow flow(@PathVariable TeamId id,
			@Parameter(description = "window in weeks, 1 to 52") @RequestParam(
					defaultValue = "" + DeliveryHistory.DEFAULT_WEEKS) int weeks) {
		return history.flow(id, weeks);
	}

	@GetMapping("/teams/{id}/estimates-without-qa")
	@Operation(summary = "The share of the team's estimated items estimated with nobody wearing a QA hat")
	Estimation.WithoutQaShare withoutQa(@PathVariable TeamId id) {
		return estimation.withoutQaShare(id);
	}

	@GetMapping("/teams/{id}/sizes")
	@Operation(summary = "The team's t-shirt sizes in points (XS=1, S=2, M=3, L=5, XL=8 until changed)")
	SizeScale sizes(@PathVariable TeamId id) {
		return estimation.sizes(id);
	}

	@PutMapping("/teams/{id}/sizes")
	@Operation(summary = "Change the team's t-shirt sizes; estimates already made keep their points")
	SizeScale changeSizes(@PathVariable TeamId id, @Valid @RequestBody SizeScale sizes) {
		return estimation.changeSizes(id, sizes);
	}

	@GetMapping("/teams/{id}/cross-team-features")
	@Operation(summary = "Features the team takes part in whose children or dependencies need more than one team")
	List<CrossTeamFeature> crossTeamFeatures(@PathVariable TeamId id) {
		return crossTeam.forTeam(id);
	}

	@GetMapping("/cross-team-features")
	@Operation(summary = "Features serving a roadmap item that need more than one team")
	List<CrossTeamFeature> crossTeamFeaturesOf(@RequestParam RoadmapItemId roadmapItem) {
		return crossTeam.forRoadmapItem(roadmapItem);
	}

}
