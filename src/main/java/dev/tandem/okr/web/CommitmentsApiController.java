package dev.tandem.okr.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.CommitmentSetView;
import dev.tandem.okr.CommitmentSide;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.EffortUnit;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.Quarter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A team's quarterly commitments over HTTP. Writes carry the {@code version} they were
 * based on (409 when stale); any change voids the agreement, and only the team's duo may
 * sign (403 for anyone else).
 */
@RestController
@RequestMapping("/api/v1/okr/commitments/{teamId}/{quarter}")
@Tag(name = "Commitments", description = "What each team commits to for a quarter, agreed by its duo")
class CommitmentsApiController {

	private final Commitments commitments;

	CommitmentsApiController(Commitments commitments) {
		this.commitments = commitments;
	}

	record PlanRequest(@NotNull EffortUnit unit, @NotNull BigDecimal capacity, @NotNull Long version) {
	}

	record CommitmentRequest(@NotNull @Size(max = CommitmentDetails.MAX_TITLE) String title, UUID objectiveId,
			UUID roadmapItemId, @NotNull BigDecimal estimate, @NotNull Long version) {

		CommitmentDetails details() {
			return new CommitmentDetails(title, objectiveId == null ? null : new ObjectiveId(objectiveId),
					roadmapItemId, estimate);
		}
	}

	record SignRequest(CommitmentSide side, @NotNull Long version) {
	}

	record SidesResponse(Set<CommitmentSide> sides) {
	}

	@GetMapping
	@Operation(summary = "The team's commitments for the quarter, with load, capacity and signatures")
	CommitmentSetView get(@PathVariable TeamId teamId, @PathVariable @Parameter(example = "2026-Q4") Quarter quarter) {
		return commitments.view(teamId, quarter);
	}

	@PutMapping
	@Operation(summary = "Set the team's capacity and unit for the quarter (version 0 opens the plan)")
	CommitmentSetView plan(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
			@Valid @RequestBody PlanRequest request) {
		return commitments.plan(teamId, quarter, request.version(), request.unit(), request.capacity());
	}

	@PostMapping("/items")
	@Operation(summary = "Add a commitment; voids an agreement")
	CommitmentSetView add(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
			@Valid @RequestBody CommitmentRequest request) {
		return commitments.add(teamId, quarter, request.version(), request.details());
	}

	@PutMapping("/items/{commitmentId}")
	@Operation(summary = "Change a commitment; voids an agreement")
	CommitmentSetView change(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
			@PathVariable UUID commitmentId, @Valid @RequestBody CommitmentRequest request) {
		return commitments.change(teamId, quarter, request.version(), commitmentId, request.details());
	}

	@DeleteMapping("/items/{commitmentId}")
	@Operation(summary = "Drop a commitment; voids an agreement")
	CommitmentSetView remove(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
			@PathVariable UUID commitmentId, @RequestParam long version) {
		return commitments.remove(teamId, quarter, version, commitmentId);
	}

	@PostMapping("/signatures")
	@Operation(summary = "Sign the current commitments for your side of the duo")
	CommitmentSetView sign(@PathVariable TeamId teamId, @PathVariable Quarter quarter,
			@Valid @RequestBody SignRequest request, Authentication authentication) {
		return commitments.sign(teamId, quarter, request.version(), Actors.of(authentication), request.side());
	}

	@GetMapping("/signatures/mine")
	@Operation(summary = "The sides the caller may sign for this team")
	SidesResponse mySides(@PathVariable TeamId teamId, @PathVariable Quarter quarter, Authentication authentication) {
		return new SidesResponse(commitments.sidesFor(teamId, Actors.of(authentication)));
	}

}
