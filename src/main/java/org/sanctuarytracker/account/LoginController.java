package org.sanctuarytracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the sign-in page; Spring Security handles the form's POST and the logout.
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	// The username a refused sign-in typed, for the form it returns to (never the
	// password).
	static final String TYPED_USERNAME = LoginController.class.getName() + ".typedUsername";

	// Longer than any username may be (V8: 50 characters), so any one typed is kept.
	static final int MAX_USERNAME = 100;

	/** The form, with the username a refused sign-in typed kept in its field, once. */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(TYPED_USERNAME) instanceof String typed) {
			session.removeAttribute(TYPED_USERNAME);
			model.addAttribute("typedUsername", typed);
		}
		return VIEW;
	}

	/**
	 * Keeps a refused sign-in's username for the form, in the session the sign-in page
	 * opened (its CSRF token lives there): never in a new one, so a flood of attempts
	 * without cookies stores nothing, and never in the address, which logs and Referer
	 * headers keep.
	 */
	static void keepTypedUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String username = request.getParameter("username");
		if (session != null && username != null && !username.isBlank() && username.length() <= MAX_USERNAME) {
			session.setAttribute(TYPED_USERNAME, username.strip());
		}
	}

}
