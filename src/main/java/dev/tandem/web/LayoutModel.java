package dev.tandem.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout needs on every page. Thymeleaf 3.1 no longer lets templates read the request ({@code #request}), so
 * the path that marks the current navigation area is put in the model here.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
