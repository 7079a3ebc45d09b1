package org.sanctuarytracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /error} typed by hand answers like any unknown address, 404: Spring Boot's
 * error controller, asked directly, has no status to show and answers 500. Error pages
 * reach it in an error dispatch, which this filter leaves alone. It runs after the
 * security filters, so the 404 carries the same headers as every other.
 */
@Component
class ErrorPathIsNoPage extends OncePerRequestFilter {

	private final String errorPath;

	ErrorPathIsNoPage(@Value("${server.error.path:${error.path:/error}}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals(this.errorPath) || path.startsWith(this.errorPath + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
