package org.sanctuarytracker.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is looking at a page, for the templates: edit links show only to editors, the
 * accounts link only to administrators.
 */
@ControllerAdvice
class Viewer {

	public record Current(String username, boolean editor, boolean admin) {

		public boolean signedIn() {
			return this.username != null;
		}

	}

	@ModelAttribute("viewer")
	Current viewer() {
		Authentication authentication = SignedIn.authentication().orElse(null);
		if (authentication == null) {
			return new Current(null, false, false);
		}
		boolean admin = hasRole(authentication, "ROLE_ADMIN");
		return new Current(authentication.getName(), admin || hasRole(authentication, "ROLE_EDITOR"), admin);
	}

	private static boolean hasRole(Authentication authentication, String role) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role::equals);
	}

}
