package org.sanctuarytracker.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanctuarytracker.system.PublicReads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Anyone may read every public page; editors (and administrators) change records; only
 * administrators manage accounts. Pages load only their own scripts and styles, and may
 * not be framed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginPolicy.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	// Swagger UI (served from its webjar, no CDN) sets inline styles; only its own pages
	// allow them.
	static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AccountService accounts)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/admin/**")
					.hasRole("ADMIN")
					.requestMatchers(RegexRequestMatcher.regexMatcher(PublicReads.EDITOR_PAGES))
					.hasRole("EDITOR")
					.requestMatchers("/import", "/import/**")
					.hasRole("EDITOR")
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, "/**")
					.permitAll()
					.anyRequest()
					.hasRole("EDITOR"));
		http.formLogin((login) -> login.loginPage("/login").permitAll().failureHandler(throttle.failureHandler()));
		http.logout((logout) -> logout.logoutSuccessUrl("/?loggedOut"));
		http.csrf((csrf) -> csrf.csrfTokenRequestHandler(new CsrfTokenFromBodyOrHeader()));
		http.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new AccountStillValid(accounts), AnonymousAuthenticationFilter.class);
		// Headers are written before the body starts, not when it ends: a streamed export
		// finishes on another thread, where adding headers would race with the response.
		http.headers((headers) -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		}));
		// Nothing is stored by a browser or a proxy (Spring Security's no-store), except
		// public reads, which PublicPageCache answers with validators, and static assets,
		// whose versioned URLs carry a year's cache lifetime.
		http.headers(
				(headers) -> headers.cacheControl((cache) -> cache.disable())
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
							(request) -> PublicReads.isStaticAsset(request) || PublicReads.MATCHER.matches(request)),
							new CacheControlHeadersWriter())));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Takes a CSRF token from the form body or the header only: a token in the query
	 * string ends up in logs, browser history and Referer headers, so a request that
	 * carries one there is refused even when the token is right.
	 */
	static final class CsrfTokenFromBodyOrHeader implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			this.tokens.handle(request, response, csrfToken);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			if (request.getHeader(csrfToken.getHeaderName()) == null
					&& inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
				return null;
			}
			return this.tokens.resolveCsrfTokenValue(request, csrfToken);
		}

		static boolean inQueryString(String query, String name) {
			if (query == null) {
				return false;
			}
			for (String pair : query.split("&")) {
				String key = pair.split("=", 2)[0];
				try {
					key = URLDecoder.decode(key, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					// Undecodable: it might be the token's name; refuse rather than
					// guess.
					return true;
				}
				if (key.equals(name)) {
					return true;
				}
			}
			return false;
		}

	}

	// Also the hierarchy of the templates' sec:authorize and #authorization: Spring
	// Security's own expression handler for them (WebSecurity's) reads this bean.
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

}
