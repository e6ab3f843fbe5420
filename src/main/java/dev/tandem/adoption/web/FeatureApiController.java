package dev.tandem.adoption.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
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

import dev.tandem.adoption.AdoptionQueries;
import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.FeatureDetails;
import dev.tandem.adoption.FeatureId;
import dev.tandem.adoption.FeatureMetrics;
import dev.tandem.adoption.FeatureView;
import dev.tandem.adoption.Features;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Features and their adoption over HTTP. */
@RestController
@RequestMapping("/api/v1/adoption")
@Tag(name = "Adoption",
		description = "Features (the events that mean \"used it\", the work item they track, a target) and their "
				+ "usage metrics from the rollups; definitions in docs/adoption-metrics.md")
class FeatureApiController {

	private final Features features;

	private final AdoptionQueries queries;

	FeatureApiController(Features features, AdoptionQueries queries) {
		this.features = features;
		this.queries = queries;
	}

	/**
	 * A feature as sent: event names that mean "used it", optional source and FEATURE
	 * work item, target percent (0–100) within a window of days since release.
	 */
	record FeatureRequest(String name, List<String> eventNames, UUID sourceId, UUID workItemId,
			BigDecimal targetPercent, Integer windowDays, Long version) {

		FeatureDetails details() {
			return new FeatureDetails(name, eventNames, sourceId == null ? null : new EventSourceId(sourceId),
					workItemId == null ? null : new WorkItemId(workItemId), targetPercent, windowDays);
		}

	}

	@GetMapping("/features")
	@Operation(summary = "Every feature by name, with its status against its target and its adoption curve")
	List<FeatureView> list() {
		return queries.features();
	}

	@PostMapping("/features")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Define a feature; 400 with field errors (unknown work item, not a feature, "
			+ "target outside 0–100, no event name)")
	FeatureView create(@RequestBody FeatureRequest request) {
		return queries.feature(features.create(request.details()));
	}

	@GetMapping("/features/{id}")
	@Operation(summary = "A feature with its status: NOT_RELEASED, ON_TRACK, BEHIND, ADOPTED or SHIPPED_NOT_ADOPTED")
	FeatureView feature(@PathVariable FeatureId id) {
		return queries.feature(id);
	}

	@PutMapping("/features/{id}")
	@Operation(summary = "Change a feature; send the version read (409 when it changed)")
	FeatureView update(@PathVariable FeatureId id, @RequestBody FeatureRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required");
		}
		features.update(id, request.version(), request.details());
		return queries.feature(id);
	}

	@DeleteMapping("/features/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a feature (its usage data stays)")
	void remove(@PathVariable FeatureId id,
			@Parameter(description = "the version you read") @RequestParam long version) {
		features.remove(id, version);
	}

	@GetMapping("/features/{id}/metrics")
	@Operation(summary = "Every metric of the feature over a range of UTC days (default: the 30 days ending today): "
			+ "active users (DAU, WAU, MAU), feature users, adoption rate, stickiness, N-day retention, "
			+ "time to first use after release, frequency")
	FeatureMetrics metrics(@PathVariable FeatureId id,
			@Parameter(description = "first day, yyyy-mm-dd") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, yyyy-mm-dd (default today, UTC)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "one event source; default the feature's source, else all sources") @RequestParam(
					required = false) UUID source,
			@Parameter(description = "N of N-day retention (default 7)") @RequestParam(
					required = false) Integer retentionDays) {
		return queries.metrics(id, from, to, source == null ? null : new EventSourceId(source), retentionDays);
	}

	@GetMapping("/teams/{id}/features")
	@Operation(summary = "The features tracking a team's work items, with their status (done means used)")
	List<FeatureView> ofTeam(@PathVariable TeamId id) {
		return queries.ofTeam(id);
	}

}
