package org.sanctuarytracker.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the sign-in page; Spring Security handles the form's POST and the logout.
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
