package org.sanctuarytracker.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account is disabled, changes role or gets a new
 * password: roles are otherwise read only at login, and a demoted or disabled editor
 * would keep their powers until they sign out. Checks one small row per signed-in
 * request.
 */
@RequiredArgsConstructor
public class AccountStillValid extends OncePerRequestFilter {

	static final String FINGERPRINT = AccountStillValid.class.getName() + ".fingerprint";

	private final AccountService accounts;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			String current = this.accounts.fingerprint(authentication.getName());
			Object atLogin = session.getAttribute(FINGERPRINT);
			if (atLogin == null) {
				session.setAttribute(FINGERPRINT, current);
			}
			else if (current == null || !current.equals(atLogin)) {
				SecurityContextHolder.clearContext();
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
