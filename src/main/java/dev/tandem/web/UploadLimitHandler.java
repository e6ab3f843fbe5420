package dev.tandem.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload larger than {@code spring.servlet.multipart.max-file-size} that
 * {@link UploadLimitFilter} could not refuse earlier (no declared length) is refused
 * before any controller runs, so no controller-specific advice sees it: API calls get a
 * 413 problem detail, pages a readable error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private static final HttpStatus TOO_LARGE = HttpStatus.valueOf(413);

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(TOO_LARGE.value());
			response.setContentType(Problems.MEDIA_TYPE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(Problems.json(TOO_LARGE, "The uploaded file is too large; the limit is 20 MB"));
			return null;
		}
		var page = new ModelAndView("error", Map.of("status", TOO_LARGE.value(), "messageKey", "error.tooLarge"));
		page.setStatus(TOO_LARGE);
		return page;
	}

}
