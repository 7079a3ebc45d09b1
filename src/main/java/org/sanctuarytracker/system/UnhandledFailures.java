package org.sanctuarytracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on a failure nothing else handled, wherever it was raised (a controller,
 * or a filter such as the sign-in checks): each is logged once, as one line unless it is
 * a bug, under the request's id, and answered with the error page of its status.
 * <ul>
 * <li>The database cannot be reached: 503 with {@code Retry-After}, a WARN line; the page
 * tells the reader to try again.</li>
 * <li>A request Tomcat refuses while reading it (a query string such as {@code q=%ZZ}):
 * its 400, a DEBUG line. The client's mistake, no stack trace.</li>
 * <li>The client went away mid-answer: nothing to answer, a DEBUG line.</li>
 * <li>Anything else is a bug: 500, an ERROR line with its stack trace.</li>
 * </ul>
 * Without this Tomcat logs each of them at ERROR with a stack trace, after the request's
 * id is gone from the log context.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnhandledFailures extends OncePerRequestFilter {

	/** Seconds a reader (or a crawler) is asked to wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(UnhandledFailures.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			answer(request, response, ex);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
		String what = request.getMethod() + " " + request.getRequestURI();
		if (DatabaseOutage.isCause(ex)) {
			logger.warn("Database unavailable, answered 503: " + what + " (" + rootCause(ex) + ")");
			if (!response.isCommitted()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
			return;
		}
		InvalidParameterException badRequest = find(ex, InvalidParameterException.class);
		if (badRequest != null) {
			int status = (badRequest.getErrorCode() >= 400) ? badRequest.getErrorCode() : 400;
			if (logger.isDebugEnabled()) {
				logger.debug("Refused a malformed request with " + status + ": " + what);
			}
			if (!response.isCommitted()) {
				response.sendError(status);
			}
			return;
		}
		if (find(ex, ClientAbortException.class) != null) {
			if (logger.isDebugEnabled()) {
				logger.debug("The client went away before the answer to " + what + " was sent");
			}
			return;
		}
		logger.error("Failed to answer " + what, ex);
		if (!response.isCommitted()) {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
		}
	}

	// The driver's own words ("Connection to 127.0.0.1:5432 refused"), not the wrappers'.
	private static String rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static <T extends Throwable> @Nullable T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
