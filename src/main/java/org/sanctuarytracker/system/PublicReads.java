package org.sanctuarytracker.system;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A public read: a page (or JSON, a feed, a download) that anyone may see, asked for with
 * GET or HEAD by someone not signed in. Its answer is the same for every such reader
 * while the database holds the same data, so it may be revalidated and cached
 * ({@link PublicPageCache}); everything else (what editors see, forms, sign-in, accounts,
 * imports) is never stored anywhere ({@code Cache-Control: no-store}, Spring Security's
 * default). Static assets are not public reads either: they carry their own long cache
 * lifetime, their URLs being versioned.
 */
public final class PublicReads implements RequestMatcher {

	public static final PublicReads MATCHER = new PublicReads();

	/**
	 * Editor pages are read with GET too: forms (/new, /edit), delete confirmations and
	 * the source search inside a form. They are never public reads, and only editors may
	 * open them (SecurityConfiguration).
	 */
	public static final String EDITOR_PAGES = ".*/(new|edit|delete)(\\?.*)?$";

	static final List<String> STATIC_ASSETS = List.of("/assets/", "/webjars/");

	private static final List<String> NEVER_PUBLIC = List.of("/login", "/logout", "/admin", "/import", "/actuator",
			"/error", "/swagger-ui", "/v3/api-docs");

	private static final Pattern EDITOR_PAGE = Pattern.compile(EDITOR_PAGES);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private PublicReads() {
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.REQUEST
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& isPublicPath(pathOf(request)) && !switchesLanguage(request) && notSignedIn();
	}

	public static boolean isStaticAsset(HttpServletRequest request) {
		return isStaticAsset(pathOf(request));
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isStaticAsset(String path) {
		return STATIC_ASSETS.stream().anyMatch(path::startsWith);
	}

	private static boolean isPublicPath(String path) {
		for (String prefix : NEVER_PUBLIC) {
			if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
				return false;
			}
		}
		return !isStaticAsset(path) && !EDITOR_PAGE.matcher(path).matches();
	}

	// ?lang= sets the reader's language cookie (Languages): an answer of its own, never a
	// 304 (a browser revalidating its copy would keep the language it was switching
	// from).
	private static boolean switchesLanguage(HttpServletRequest request) {
		return request.getParameter(Languages.PARAMETER) != null;
	}

	private boolean notSignedIn() {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		return authentication == null || this.trust.isAnonymous(authentication);
	}

}
