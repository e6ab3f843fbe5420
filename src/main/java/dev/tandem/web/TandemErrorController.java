package dev.tandem.web;

import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whatever escapes the handlers (unknown paths, errors in filters) ends here: API paths
 * get problem details, pages get a readable error page. Replaces Spring Boot's default so
 * that no stack trace or exception name is ever shown.
 */
@Controller
class TandemErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		var status = status(request);
		var uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (isApi(uri) || acceptsJsonOnly(request)) {
			ProblemDetail problem = Problems.of(status, detail(status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		var page = new ModelAndView("error", Map.of("status", status.value(), "messageKey", messageKey(status)));
		page.setStatus(status);
		return page;
	}

	static boolean isApi(String uri) {
		return uri.startsWith("/api/") || uri.startsWith("/v1/");
	}

	private static boolean acceptsJsonOnly(HttpServletRequest request) {
		var accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("html");
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			var resolved = HttpStatus.resolve(value);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such resource";
			case UNAUTHORIZED -> "Sign in or send a valid API token";
			case FORBIDDEN -> "Your role does not allow this";
			case METHOD_NOT_ALLOWED -> "This method is not supported here";
			case BAD_REQUEST -> "The request is not valid";
			default -> status.is5xxServerError() ? "Something went wrong on our side; nothing was changed"
					: status.getReasonPhrase();
		};
	}

	private static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case BAD_REQUEST -> "error.badRequest";
			default -> status.is5xxServerError() ? "error.server" : "error.generic";
		};
	}

}
