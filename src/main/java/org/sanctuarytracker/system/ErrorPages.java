package org.sanctuarytracker.system;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns "no such record" into the 404 page and malformed query parameters into a 400 page
 * that says which parameter was wrong, never a stack trace. What was wrong is read by
 * {@link Problems}, as the JSON API's answers are.
 */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ErrorPages {

	private static final Logger LOGGER = LoggerFactory.getLogger(ErrorPages.class);

	static final String NOT_FOUND_VIEW = "error/404";

	static final String BAD_REQUEST_VIEW = "error/400";

	private final Problems problems;

	private final ObjectProvider<NearestRecords> nearest;

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = page(NOT_FOUND_VIEW, this.problems.notFound(ex));
		page.addObject("what", ex.getWhat());
		page.addObject("key", ex.getKey());
		page.addObject("suggestions", suggestions(ex));
		return page;
	}

	// A mistyped slug (/jurisdictions/chicago) offers the nearest records. The 404 stays
	// a 404 if that lookup fails: suggestions are a courtesy.
	private List<NearestRecords.Suggestion> suggestions(NotFoundException ex) {
		NearestRecords records = this.nearest.getIfAvailable();
		if (records == null) {
			return List.of();
		}
		try {
			return records.nearest(ex.getWhat(), ex.getKey());
		}
		catch (RuntimeException failure) {
			LOGGER.warn("No suggestions for {} {}: {}", ex.getWhat(), ex.getKey(), failure.toString());
			return List.of();
		}
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = this.problems.typeMismatch(ex);
		return page((problem.getStatus() == 404) ? NOT_FOUND_VIEW : BAD_REQUEST_VIEW, problem);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badParameter(BadRequestException ex) {
		return page(BAD_REQUEST_VIEW, this.problems.badRequest(ex));
	}

	// An upload over spring.servlet.multipart.max-file-size never reaches a controller.
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page(BAD_REQUEST_VIEW, this.problems.tooLarge(ex));
	}

	@ExceptionHandler(BindException.class)
	ModelAndView badParameters(BindException ex) {
		return page(BAD_REQUEST_VIEW, this.problems.badRequest(ex));
	}

	private static ModelAndView page(String view, ProblemDetail problem) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(HttpStatusCode.valueOf(problem.getStatus()));
		page.addObject("status", problem.getStatus());
		List<String> each = Problems.problemsOf(problem);
		if (!each.isEmpty()) {
			page.addObject("problems", each);
		}
		return page;
	}

}
