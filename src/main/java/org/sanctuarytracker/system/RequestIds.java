package org.sanctuarytracker.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: in the {@code X-Request-Id} response header, on every log
 * line written while it is served (the MDC key {@code requestId}) and on its error page
 * ("reference …"), so a reader's report, the proxy's log and the app's log meet. An id a
 * proxy sends in {@code X-Request-Id} is kept when it is plainly an id; anything else a
 * client sends is ignored, never written to a log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** The MDC key and the request attribute (templates read {@code ${requestId}}). */
	public static final String KEY = "requestId";

	// nginx's $request_id (32 hex digits), a UUID, or ids like ours.
	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	// Crockford's base32: no I, L, O or U, so a reference read over the phone is not
	// misheard.
	private static final char[] LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	// The error page is rendered in a dispatch of its own after the request's filters
	// have finished: its log lines need the id too. So do a streamed export's.
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(KEY) instanceof String known) ? known : null;
		if (id == null) {
			id = acceptable(request.getHeader(HEADER)) ? request.getHeader(HEADER) : newId();
			request.setAttribute(KEY, id);
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(KEY);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(KEY, outer);
			}
			else {
				MDC.remove(KEY);
			}
		}
	}

	static boolean acceptable(String id) {
		return id != null && PLAIN_ID.matcher(id).matches();
	}

	String newId() {
		char[] id = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			id[i] = LETTERS[this.random.nextInt(LETTERS.length)];
		}
		return new String(id);
	}

}
