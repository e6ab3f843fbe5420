package dev.tandem.adoption.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.EventSources.CreatedKey;
import dev.tandem.adoption.EventSources.RejectedEvent;
import dev.tandem.adoption.EventSources.SourceSummary;
import dev.tandem.adoption.RollupWorker;
import dev.tandem.adoption.RollupWorker.RollupStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Event sources and the rollup worker over HTTP. Reading is for every role; creating
 * sources, rotating or revoking their write keys and rebuilding the rollups is for
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/adoption")
@Tag(name = "Event sources", description = "Sources of usage events, their write keys, rejected events, rollup lag")
class SourcesApiController {

	private final EventSources sources;

	private final RollupWorker worker;

	SourcesApiController(EventSources sources, RollupWorker worker) {
		this.sources = sources;
		this.worker = worker;
	}

	record SourceRequest(String name) {
	}

	@GetMapping("/sources")
	@Operation(summary = "Every source with its volume (events counted), duplicates and rejected events")
	List<SourceSummary> list() {
		return sources.list();
	}

	@PostMapping("/sources")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a source; the answer holds its write key, which is never shown again (admin)")
	CreatedKey create(@RequestBody SourceRequest request) {
		return sources.create(request.name());
	}

	@GetMapping("/sources/{id}")
	@Operation(summary = "One source")
	SourceSummary get(@PathVariable UUID id) {
		return sources.get(new EventSourceId(id));
	}

	@GetMapping("/sources/{id}/rejected")
	@Operation(summary = "The source's most recent rejected events with their reasons, newest first")
	List<RejectedEvent> rejected(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
		return sources.rejected(new EventSourceId(id), limit);
	}

	@PostMapping("/sources/{id}/key")
	@Operation(summary = "Replace the source's write key; the old one stops working (admin)")
	CreatedKey rotate(@PathVariable UUID id) {
		return sources.rotateKey(new EventSourceId(id));
	}

	@DeleteMapping("/sources/{id}/key")
	@Operation(summary = "Revoke the source's write key; its events stay (admin)")
	SourceSummary revoke(@PathVariable UUID id) {
		return sources.revokeKey(new EventSourceId(id));
	}

	@GetMapping("/rollups")
	@Operation(summary = "Rollup lag: watermark, raw requests and events not rolled up yet, age of the oldest")
	RollupStatus rollups() {
		return worker.status();
	}

	@PostMapping("/rollups/rebuild")
	@Operation(summary = "Rebuild every rollup from the raw events; gives the same rollups (admin)")
	RollupStatus rebuild() {
		return worker.rebuild();
	}

}
