package dev.storysmith.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Storysmith is and where to begin. */
@Controller
class WelcomeController {

	static final String VIEW = "welcome";

	@GetMapping("/")
	String welcome() {
		return VIEW;
	}

}
