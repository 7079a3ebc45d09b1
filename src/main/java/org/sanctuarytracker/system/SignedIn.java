package org.sanctuarytracker.system;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this request, for services that tailor what they offer. */
public final class SignedIn {

	private SignedIn() {
	}

	/** The signed-in user's authentication; empty for a reader who is not signed in. */
	public static Optional<Authentication> authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication);
	}

	/** The signed-in user's name, or null for a reader who is not signed in. */
	public static @Nullable String username() {
		return authentication().map(Authentication::getName).orElse(null);
	}

}
