package dev.tandem.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page sends people to the organisation overview, the first area with content.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/org";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
