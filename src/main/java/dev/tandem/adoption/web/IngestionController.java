package dev.tandem.adoption.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.IngestionCall;
import dev.tandem.adoption.IngestionRequests;
import dev.tandem.adoption.InvalidPayloadException;
import dev.tandem.adoption.UsageIngestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Segment's HTTP Tracking API and PostHog's capture endpoints. The write-key filter has
 * already authenticated the source and read the body; a 200 means every accepted event of
 * the request is committed. Errors answer in Segment's style, never with a stack trace.
 */
@RestController
@Tag(name = "Usage event ingestion",
		description = "Segment HTTP Tracking API and PostHog capture; authenticate with a source's write key")
class IngestionController {

	private static final Logger log = LoggerFactory.getLogger(IngestionController.class);

	private final UsageIngestion ingestion;

	IngestionController(UsageIngestion ingestion) {
		this.ingestion = ingestion;
	}

	@PostMapping(path = { "/v1/track", "/v1/identify", "/v1/page", "/v1/screen", "/v1/group", "/v1/alias", "/v1/batch",
			"/v1/import", "/v1/track/", "/v1/identify/", "/v1/page/", "/v1/screen/", "/v1/group/", "/v1/alias/",
			"/v1/batch/", "/v1/import/" }, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Segment call or batch; write key as HTTP Basic user name or writeKey in the body")
	Map<String, Object> segment(HttpServletRequest request, Authentication source) {
		accept(request, source);
		return Map.of("success", true);
	}

	@PostMapping(path = { "/capture", "/capture/", "/batch", "/batch/", "/e", "/e/", "/i/v0/e", "/i/v0/e/" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "PostHog capture (one event) or batch; write key as api_key in the body")
	Map<String, Object> posthog(HttpServletRequest request, Authentication source) {
		accept(request, source);
		return Map.of("status", 1);
	}

	private void accept(HttpServletRequest request, Authentication source) {
		var body = (byte[]) request.getAttribute(IngestionRequests.BODY_ATTRIBUTE);
		// The decoded path: /v1/%74rack is /v1/track, as the security rules see it too.
		var path = org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		IngestionCall call = IngestionRequests.callOf(path);
		if (!(source.getPrincipal() instanceof EventSourceId sourceId) || body == null) {
			throw new InvalidPayloadException("Send the source's write key as the HTTP Basic user name");
		}
		ingestion.accept(sourceId, call, body);
	}

	/** Segment's error shape. */
	record Failure(boolean success, String message) {

		Failure(String message) {
			this(false, message);
		}

	}

	@ExceptionHandler(InvalidPayloadException.class)
	ResponseEntity<Failure> invalid(InvalidPayloadException e) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new Failure(e.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Failure> failed(Exception e) {
		log.error("Usage events could not be stored", e);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Failure("The events could not be stored; retry later"));
	}

}
