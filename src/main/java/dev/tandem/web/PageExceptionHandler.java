package dev.tandem.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;

/**
 * Errors that page controllers do not turn into form messages themselves become a
 * readable error page with the right status. Runs after {@link ApiExceptionHandler},
 * which claims the API controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(Exception e) {
		return page(HttpStatus.NOT_FOUND, "error.notFound", null);
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ModelAndView stale(RuntimeException e) {
		return page(HttpStatus.CONFLICT, "error.stale", null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e) {
		return page(HttpStatus.BAD_REQUEST, "error.badRequest", e.getMessage());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, IllegalArgumentException.class })
	ModelAndView badRequest(Exception e) {
		return page(HttpStatus.BAD_REQUEST, "error.badRequest", null);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ModelAndView forbidden(RuntimeException e) throws RuntimeException {
		if (e instanceof AccessDeniedException denied) {
			throw denied; // let Spring Security decide between sign-in and 403
		}
		return page(HttpStatus.FORBIDDEN, "error.forbidden", e.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e) {
		log.error("Unexpected error while rendering a page", e);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.server", null);
	}

	private static ModelAndView page(HttpStatus status, String messageKey, String detail) {
		var model = new java.util.HashMap<String, Object>(Map.of("status", status.value(), "messageKey", messageKey));
		if (detail != null) {
			model.put("detail", detail);
		}
		var page = new ModelAndView("error", model);
		page.setStatus(status);
		return page;
	}

}
