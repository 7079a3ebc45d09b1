package org.sanctuarytracker.account;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.WebUtils;

/**
 * Serves the sign-in page; Spring Security handles the form's POST and the logout.
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	// The username a refused sign-in typed (never the password), for the form it returns
	// to. A short-lived cookie of the sign-in page's own: not the address, which logs and
	// Referer headers keep; not the session, which a burst of attempts in one session
	// would write at once (each insert of the attribute racing the others), and which a
	// flood of attempts without cookies would create row by row.
	static final String TYPED_USERNAME = "login_username";

	private static final Duration KEPT_FOR = Duration.ofMinutes(1);

	// Longer than any username may be (V8: 50 characters), so any one typed is kept.
	static final int MAX_USERNAME = 100;

	/** The form, with the username a refused sign-in typed kept in its field, once. */
	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		// Read as sent, not through @CookieValue, which URL-decodes it already.
		Cookie cookie = WebUtils.getCookie(request, TYPED_USERNAME);
		String typed = (cookie != null) ? cookie.getValue() : null;
		if (typed != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
			try {
				String username = URLDecoder.decode(typed, StandardCharsets.UTF_8);
				if (!username.isBlank() && username.length() <= MAX_USERNAME) {
					model.addAttribute("typedUsername", username);
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a value this app wrote: the field stays empty.
			}
		}
		return VIEW;
	}

	/** Keeps a refused sign-in's username for the form it is sent back to. */
	static void keepTypedUsername(HttpServletRequest request, HttpServletResponse response) {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= MAX_USERNAME) {
			response.addHeader(HttpHeaders.SET_COOKIE,
					cookie(request, URLEncoder.encode(username.strip(), StandardCharsets.UTF_8), KEPT_FOR).toString());
		}
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(TYPED_USERNAME, value)
			.path(request.getContextPath() + "/login")
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
	}

}
