package org.sanctuarytracker.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns "no such record" into the 404 page and malformed query parameters into a 400 page
 * that says which parameter was wrong, never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger LOGGER = LoggerFactory.getLogger(ErrorPages.class);

	static final String NOT_FOUND_VIEW = "error/404";

	static final String BAD_REQUEST_VIEW = "error/400";

	private final MessageSource messages;

	private final DataSize maxUpload;

	private final ObjectProvider<NearestRecords> nearest;

	ErrorPages(MessageSource messages, MultipartProperties multipart, ObjectProvider<NearestRecords> nearest) {
		this.messages = messages;
		this.maxUpload = multipart.getMaxFileSize();
		this.nearest = nearest;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = new ModelAndView(NOT_FOUND_VIEW);
		page.addObject("status", 404);
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

	// A path segment that cannot be an id (/policies/abc) names no record: that is a 404.
	// A query parameter of the wrong type (?page=abc) is a 400.
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			ModelAndView page = new ModelAndView(NOT_FOUND_VIEW);
			page.addObject("status", 404);
			return page;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW);
		page.addObject("status", 400);
		page.addObject(
				"problems", List.of(
						this.messages
							.getMessage("error.badRequest.field",
									new Object[] { ex.getName(),
											this.messages.getMessage("typeMismatch", null,
													LocaleContextHolder.getLocale()),
											String.valueOf(ex.getValue()) },
									LocaleContextHolder.getLocale())));
		return page;
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badParameter(BadRequestException ex) {
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW);
		page.addObject("status", 400);
		page.addObject("problems",
				List.of(this.messages.getMessage(ex.getKey(), ex.getArguments(), LocaleContextHolder.getLocale())));
		return page;
	}

	// An upload over spring.servlet.multipart.max-file-size never reaches a controller.
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW);
		page.addObject("status", 413);
		page.addObject("problems", List.of(this.messages.getMessage("import.file.tooLarge",
				new Object[] { this.maxUpload.toMegabytes() }, LocaleContextHolder.getLocale())));
		return page;
	}

	@ExceptionHandler(BindException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badParameters(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> problems = ex.getBindingResult().getAllErrors().stream().map((error) -> {
			String message = this.messages.getMessage(error, locale);
			if (error instanceof FieldError field) {
				return this.messages.getMessage("error.badRequest.field",
						new Object[] { field.getField(), message, String.valueOf(field.getRejectedValue()) }, locale);
			}
			return message;
		}).sorted().toList();
		ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW);
		page.addObject("status", 400);
		page.addObject("problems", problems);
		return page;
	}

}
