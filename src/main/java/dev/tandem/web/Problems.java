package dev.tandem.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details every API error is answered with. */
final class Problems {

	static final String MEDIA_TYPE = "application/problem+json";

	private Problems() {
	}

	static ProblemDetail of(HttpStatus status, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	static ProblemDetail invalid(String detail, List<Map<String, String>> fieldErrors) {
		var problem = of(HttpStatus.BAD_REQUEST, detail);
		problem.setType(URI.create("urn:tandem:problem:invalid-input"));
		problem.setProperty("errors", fieldErrors);
		return problem;
	}

	/**
	 * A minimal JSON rendering for places outside Spring MVC (security filters), with no
	 * JSON library needed.
	 */
	static String json(HttpStatus status, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

}
