package dev.tandem.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import tools.jackson.core.JacksonException;

/**
 * Maps every error an API handler can raise to RFC 9457 problem details: invalid input →
 * 400 with field errors, not found → 404, stale version → 409. Nothing internal (class
 * names, stack traces, SQL) reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalid(InvalidInputException e) {
		var errors = e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList();
		return problem(Problems.invalid(e.getMessage(), errors));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException e) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<Object> stale(RuntimeException e) {
		var detail = e instanceof StaleVersionException ? e.getMessage()
				: "Someone else changed this since you loaded it; reload and apply your change again";
		var problem = Problems.of(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("urn:tandem:problem:stale-version"));
		return problem(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
		log.info("Refused a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
		return problem(Problems.of(HttpStatus.CONFLICT,
				"This change conflicts with existing data (a duplicate or a reference to something removed)"));
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<Object> forbidden(RuntimeException e) {
		return problem(Problems.of(HttpStatus.FORBIDDEN,
				e instanceof ForbiddenException ? e.getMessage() : "Your role does not allow this"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationException e) {
		return problem(Problems.of(HttpStatus.UNAUTHORIZED, "Sign in or send a valid API token"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(Problems.invalid("'" + e.getName() + "' has an invalid value",
				List.of(Map.of("field", e.getName(), "message", "has an invalid value"))));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
		// Id records and enums reject malformed text with IllegalArgumentException while
		// binding.
		return problem(Problems.of(HttpStatus.BAD_REQUEST, "The request contains an invalid value"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e) {
		log.error("Unexpected error in an API call", e);
		return problem(
				Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<Map<String, String>>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(f -> errors.add(Map.of("field", f.getField(), "message",
					f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(g -> errors.add(Map.of("field", g.getObjectName(), "message",
					g.getDefaultMessage() == null ? "is invalid" : g.getDefaultMessage())));
		return problem(Problems.invalid("The request has invalid fields", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<Map<String, String>>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(err -> errors.add(Map.of("field",
						result.getMethodParameter().getParameterName() == null ? "parameter"
								: result.getMethodParameter().getParameterName(),
						"message", err.getDefaultMessage() == null ? "is invalid" : err.getDefaultMessage()))));
		return problem(Problems.invalid("The request has invalid parameters", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(unreadable(ex));
	}

	/**
	 * Says which field was wrong when the JSON parsed but a value had the wrong type;
	 * never echoes internals.
	 */
	private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			var field = new StringBuilder();
			for (var ref : jackson.getPath()) {
				if (ref.getPropertyName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
				}
				else if (ref.getIndex() >= 0) {
					field.append('[').append(ref.getIndex()).append(']');
				}
			}
			return Problems.invalid("'" + field + "' has a value of the wrong type or is not allowed", List
				.of(Map.of("field", field.toString(), "message", "has a value of the wrong type or is not allowed")));
		}
		return Problems.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
