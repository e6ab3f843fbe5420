package dev.tandem.delivery.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.delivery.DeliveryQuality;
import dev.tandem.delivery.DeliveryQuality.Commit;
import dev.tandem.delivery.DeliveryQuality.DeploymentView;
import dev.tandem.delivery.DeliveryQuality.DoraReport;
import dev.tandem.delivery.DeliveryQuality.IncidentView;
import dev.tandem.delivery.DeliveryQuality.RecordDeployment;
import dev.tandem.delivery.DeliveryQuality.RecordIncident;
import dev.tandem.delivery.DeliveryQuality.Window;
import dev.tandem.delivery.DeploymentId;
import dev.tandem.delivery.DeploymentStatus;
import dev.tandem.delivery.IncidentId;
import dev.tandem.org.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Delivery quality over HTTP: CI/CD records deployments and incidents; anyone reads the
 * DORA figures.
 */
@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery quality", description = """
		Deployments and incidents recorded by CI/CD, and the four DORA figures (deployment frequency, lead time for \
		changes, change failure rate, time to restore) per team and per service. From a CI job, with a personal API \
		token of a MEMBER:

		    curl -X POST "$TANDEM_URL/api/v1/delivery/deployments" \\
		      -H "Authorization: Bearer $TANDEM_TOKEN" -H "Content-Type: application/json" \\
		      -d '{"service":"billing","teamId":"<team uuid>","version":"1.4.2","deployedAt":"2026-11-27T09:30:00Z",
		           "status":"SUCCESS","commits":[{"sha":"9f2c1e7","committedAt":"2026-11-26T16:02:00Z"}]}'
		""")
class DeliveryQualityApiController {

	private final DeliveryQuality quality;

	DeliveryQualityApiController(DeliveryQuality quality) {
		this.quality = quality;
	}

	record CommitRequest(String sha, Instant committedAt) {
	}

	record DeploymentRequest(String service, UUID teamId, String version, Instant deployedAt, DeploymentStatus status,
			List<CommitRequest> commits) {
	}

	record IncidentRequest(String service, UUID teamId, Instant startedAt, Instant resolvedAt,
			UUID causedByDeploymentId) {
	}

	record ResolveRequest(Instant resolvedAt) {
	}

	@PostMapping("/deployments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a deployment with the commits it shipped (commit times must not be after it)")
	DeploymentView recordDeployment(@RequestBody DeploymentRequest request, Principal principal) {
		var commits = request.commits() == null ? List.<Commit>of()
				: request.commits().stream().map(c -> c == null ? null : new Commit(c.sha(), c.committedAt())).toList();
		return quality.recordDeployment(
				new RecordDeployment(request.service(), request.teamId() == null ? null : new TeamId(request.teamId()),
						request.version(), request.deployedAt(), request.status(), commits),
				principal.getName());
	}

	@GetMapping("/deployments")
	@Operation(summary = "Deployments in a window (default: the last 30 days), newest first")
	List<DeploymentView> deployments(@RequestParam(required = false) TeamId team,
			@RequestParam(required = false) String service, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return quality.deployments(new Window(team, service, from, to));
	}

	@GetMapping("/deployments/{id}")
	@Operation(summary = "One deployment")
	DeploymentView deployment(@PathVariable DeploymentId id) {
		return quality.deployment(id);
	}

	@PostMapping("/incidents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an incident, open or already resolved, optionally caused by a deployment")
	IncidentView recordIncident(@RequestBody IncidentRequest request, Principal principal) {
		return quality.recordIncident(new RecordIncident(request.service(),
				request.teamId() == null ? null : new TeamId(request.teamId()), request.startedAt(),
				request.resolvedAt(),
				request.causedByDeploymentId() == null ? null : new DeploymentId(request.causedByDeploymentId())),
				principal.getName());
	}

	@PostMapping("/incidents/{id}/resolve")
	@Operation(summary = "Resolve an incident (at resolvedAt, or now)")
	IncidentView resolve(@PathVariable IncidentId id, @RequestBody(required = false) ResolveRequest request) {
		return quality.resolve(id, request == null ? null : request.resolvedAt());
	}

	@GetMapping("/incidents")
	@Operation(summary = "Incidents that started in a window (default: the last 30 days), newest first")
	List<IncidentView> incidents(@RequestParam(required = false) TeamId team,
			@RequestParam(required = false) String service, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return quality.incidents(new Window(team, service, from, to));
	}

	@GetMapping("/incidents/{id}")
	@Operation(summary = "One incident")
	IncidentView incident(@PathVariable IncidentId id) {
		return quality.incident(id);
	}

	@GetMapping("/dora")
	@Operation(summary = "The four DORA figures with their bands per team and per service; null means no data")
	DoraReport dora(@RequestParam(required = false) TeamId team, @RequestParam(required = false) String service,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return quality.report(new Window(team, service, from, to));
	}

}
