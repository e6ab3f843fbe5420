package dev.tandem.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What the shared layout needs on every page: the current path, to mark the active navigation area. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
