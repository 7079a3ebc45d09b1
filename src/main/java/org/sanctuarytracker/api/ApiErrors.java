package org.sanctuarytracker.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.Problems;
import org.sanctuarytracker.system.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API answers errors as RFC 9457 problem details
 * ({@code application/problem+json}): 400 with each bad parameter, 404 for an unknown
 * record; never an HTML page or a stack trace. What was wrong is read by
 * {@link Problems}, as the site's error pages are, in the reader's language.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiErrors {

	/**
	 * The problem's extra member naming the request's id, as the site's error pages do.
	 */
	static final String REFERENCE = "reference";

	private final Problems problems;

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(this.problems.notFound(ex), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return answer(this.problems.typeMismatch(ex), request);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badParameter(BadRequestException ex, HttpServletRequest request) {
		return answer(this.problems.badRequest(ex), request);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> badParameters(BindException ex, HttpServletRequest request) {
		return answer(this.problems.badRequest(ex), request);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty(REFERENCE, request.getAttribute(RequestIds.KEY));
		// The first version's names for the reason and the detail, kept for its clients.
		problem.setProperty("error", HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
		problem.setProperty("message", problem.getDetail());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
