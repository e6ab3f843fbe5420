package dev.tandem.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an upload whose declared length is over
 * {@code spring.servlet.multipart.max-request-size} before anything reads it: the CSRF
 * check reads form parameters, which would make the servlet container parse (and fail on)
 * the whole body first. API calls get a 413 problem detail; a page's form is sent to a
 * readable page that says why. Uploads without a declared length are still refused by the
 * container and {@link UploadLimitHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String PAGE = "/upload-too-large";

	private final long limit;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/") && request.getContentLengthLong() > limit) {
			if (TandemErrorController.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
				response.setStatus(413);
				response.setContentType(Problems.MEDIA_TYPE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write(Problems.json(HttpStatus.valueOf(413),
							"The uploaded file is too large; the limit is 20 MB"));
			}
			else {
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/** The page a refused upload from a form lands on. */
	@Controller
	static class TooLargePage {

		@GetMapping(PAGE)
		ModelAndView tooLarge() {
			var page = new ModelAndView("error", Map.of("status", 413, "messageKey", "error.tooLarge"));
			page.setStatus(HttpStatus.valueOf(413));
			return page;
		}

	}

}
