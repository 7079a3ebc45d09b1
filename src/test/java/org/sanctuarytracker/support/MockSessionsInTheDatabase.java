package org.sanctuarytracker.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lets a MockMvc test keep writing {@code .session(new MockHttpSession())} while the app
 * keeps its sessions in PostgreSQL (Spring Session JDBC). Spring Session replaces the
 * container's session with its own, found by the {@code SESSION} cookie, so a mock
 * session alone would carry nothing from one request to the next. Here the mock session
 * carries that cookie between requests, and after each request shows what the stored
 * session now holds (read back from the database, so every attribute went through
 * serialization) and is invalidated when the stored one ended. Every test therefore runs
 * on real JDBC sessions.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockSessionsInTheDatabase {

	static final String COOKIE = "SESSION";

	private static final String CARRIED = MockSessionsInTheDatabase.class.getName() + ".cookie";

	@Bean
	MockMvcBuilderCustomizer sessionCookieInMockSessions(SessionRepository<? extends Session> sessions) {
		return (builder) -> builder.defaultRequest(get("/").with((request) -> {
			carryCookie(request);
			return request;
		})).alwaysDo((result) -> mirror(result, sessions));
	}

	private static void carryCookie(MockHttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session instanceof MockHttpSession mock && !mock.isInvalid()
				&& mock.getAttribute(CARRIED) instanceof String value) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				Collections.addAll(cookies, request.getCookies());
			}
			cookies.add(new Cookie(COOKIE, value));
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
	}

	private static void mirror(MvcResult result, SessionRepository<? extends Session> sessions) {
		if (!(result.getRequest().getSession(false) instanceof MockHttpSession mock) || mock.isInvalid()) {
			return;
		}
		Cookie set = result.getResponse().getCookie(COOKIE);
		if (set != null && set.getValue().isEmpty()) {
			mock.invalidate();
			return;
		}
		if (set != null) {
			mock.setAttribute(CARRIED, set.getValue());
		}
		if (!(mock.getAttribute(CARRIED) instanceof String value)) {
			return;
		}
		Session stored = sessions.findById(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
		if (stored == null) {
			mock.invalidate();
			return;
		}
		mock.clearAttributes();
		mock.setAttribute(CARRIED, value);
		for (String name : stored.getAttributeNames()) {
			mock.setAttribute(name, stored.getAttribute(name));
		}
	}

}
