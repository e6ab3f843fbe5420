package dev.tandem.okr.web;

import java.util.List;

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

import dev.tandem.okr.CheckInDue;
import dev.tandem.okr.CheckIns;
import dev.tandem.okr.DueCheckIns;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultView;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.ObjectiveDirectory;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveNode;
import dev.tandem.okr.ObjectiveSummary;
import dev.tandem.okr.ObjectiveView;
import dev.tandem.okr.Objectives;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.OkrTree;
import dev.tandem.okr.QuarterClosing;
import dev.tandem.okr.web.OkrRequests.CheckInRequest;
import dev.tandem.okr.web.OkrRequests.ClosedQuarter;
import dev.tandem.okr.web.OkrRequests.KeyResultRequest;
import dev.tandem.okr.web.OkrRequests.ObjectiveRequest;
import dev.tandem.okr.web.OkrRequests.ScoreRequest;
import dev.tandem.okr.web.OkrRequests.SettingsRequest;
import dev.tandem.okr.web.OkrRequests.VersionRequest;
import dev.tandem.org.PersonId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * OKRs over HTTP: objectives and their alignment tree, key results, monthly check-ins,
 * the check-ins due, quarter closing and the OKR settings.
 */
@RestController
@RequestMapping("/api/v1/okr")
@Tag(name = "OKRs", description = "Objectives, key results, check-ins, closing and settings")
class OkrApiController {

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final CheckIns checkIns;

	private final QuarterClosing closing;

	private final ObjectiveDirectory directory;

	private final OkrTree tree;

	private final OkrSettings settings;

	OkrApiController(Objectives objectives, KeyResults keyResults, CheckIns checkIns, QuarterClosing closing,
			ObjectiveDirectory directory, OkrTree tree, OkrSettings settings) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.closing = closing;
		this.directory = directory;
		this.tree = tree;
		this.settings = settings;
	}

	@GetMapping("/objectives")
	@Operation(summary = "Objectives of a quarter (the current one when not given)")
	List<ObjectiveSummary> objectives(@RequestParam(required = false) Quarter quarter) {
		return directory.inQuarter(quarter == null ? directory.currentQuarter() : quarter);
	}

	@PostMapping("/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a draft objective; the parent must be in the same quarter")
	ObjectiveView createObjective(@RequestBody ObjectiveRequest request) {
		return objectives.create(request.details());
	}

	@GetMapping("/objectives/{id}")
	@Operation(summary = "An objective with its key results")
	ObjectiveView objective(@PathVariable ObjectiveId id) {
		return objectives.get(id);
	}

	@PutMapping("/objectives/{id}")
	@Operation(summary = "Change an objective; send the version you read (409 when stale)")
	ObjectiveView updateObjective(@PathVariable ObjectiveId id, @RequestBody ObjectiveRequest request) {
		return objectives.update(id, OkrRequests.version(request.version()), request.details());
	}

	@DeleteMapping("/objectives/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an open objective with nothing aligned under it")
	void deleteObjective(@PathVariable ObjectiveId id, @RequestParam long version) {
		objectives.delete(id, version);
	}

	@PostMapping("/objectives/{id}/activate")
	@Operation(summary = "Activate a draft objective")
	ObjectiveView activate(@PathVariable ObjectiveId id, @RequestBody VersionRequest request) {
		return objectives.activate(id, OkrRequests.version(request.version()));
	}

	@PostMapping("/objectives/{id}/close")
	@Operation(summary = "Close an objective whose key results all have a final score")
	ObjectiveView close(@PathVariable ObjectiveId id, @RequestBody VersionRequest request) {
		return closing.close(id, OkrRequests.version(request.version()));
	}

	@PostMapping("/objectives/{id}/key-results")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a key result; the direction follows from baseline and target")
	KeyResultView addKeyResult(@PathVariable ObjectiveId id, @RequestBody KeyResultRequest request) {
		return keyResults.add(id, request.details());
	}

	@GetMapping("/key-results/{id}")
	@Operation(summary = "A key result with its progress and check-ins")
	KeyResultView keyResult(@PathVariable KeyResultId id) {
		return keyResults.get(id);
	}

	@PutMapping("/key-results/{id}")
	@Operation(summary = "Change a key result; send the version you read (409 when stale)")
	KeyResultView updateKeyResult(@PathVariable KeyResultId id, @RequestBody KeyResultRequest request) {
		return keyResults.update(id, OkrRequests.version(request.version()), request.details());
	}

	@DeleteMapping("/key-results/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a key result of an open objective")
	void removeKeyResult(@PathVariable KeyResultId id, @RequestParam long version) {
		keyResults.remove(id, version);
	}

	@PostMapping("/key-results/{id}/check-ins")
	@Operation(summary = "Record the month's check-in; a second one in the same month replaces it")
	KeyResultView checkIn(@PathVariable KeyResultId id, @RequestBody CheckInRequest request) {
		return checkIns.record(id, request.entry());
	}

	@PutMapping("/key-results/{id}/score")
	@Operation(summary = "Set the final score (0–1); without a score, take the proposal from progress; "
			+ "a reason is required when it differs from the proposal")
	KeyResultView score(@PathVariable KeyResultId id, @RequestBody ScoreRequest request) {
		return closing.score(id, request.score(), request.reason());
	}

	@GetMapping("/check-ins/due")
	@Operation(summary = "Key results of active objectives of the current quarter without a check-in this month")
	List<CheckInDue> due(@RequestParam(required = false) TeamId teamId,
			@RequestParam(required = false) PersonId ownerId) {
		return checkIns.due(teamId, ownerId);
	}

	@GetMapping("/check-ins/due/grouped")
	@Operation(summary = "The check-ins due this month, grouped per team and per owner")
	DueCheckIns dueGrouped(@RequestParam(required = false) TeamId teamId,
			@RequestParam(required = false) PersonId ownerId) {
		return checkIns.dueGrouped(teamId, ownerId);
	}

	@GetMapping("/tree")
	@Operation(summary = "The alignment tree of a quarter (the current one when not given)")
	List<ObjectiveNode> tree(@RequestParam(required = false) Quarter quarter,
			@RequestParam(required = false) TeamId teamId, @RequestParam(required = false) PersonId ownerId) {
		return tree.of(quarter == null ? directory.currentQuarter() : quarter, teamId, ownerId);
	}

	@PostMapping("/quarters/{quarter}/close")
	@Operation(summary = "Administrators: close every open objective of the quarter, scoring from progress")
	ClosedQuarter closeQuarter(@PathVariable String quarter) {
		return new ClosedQuarter(quarter, closing.closeQuarter(quarter));
	}

	@GetMapping("/settings")
	@Operation(summary = "The OKR settings: the first month of the fiscal year")
	OkrSettings.Settings settings() {
		return settings.get();
	}

	@PutMapping("/settings")
	@Operation(summary = "Administrators: change the first month of the fiscal year (1–12)")
	OkrSettings.Settings updateSettings(@RequestBody SettingsRequest request) {
		return settings.update(request.fiscalYearFirstMonth(), request.version());
	}

}
