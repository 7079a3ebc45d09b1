package org.sanctuarytracker.api;

import java.util.List;
import java.util.Locale;

import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.RequestIds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API answers errors in JSON: 400 with each bad parameter, 404 for an unknown
 * record; never an HTML page or a stack trace.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "No " + ex.getWhat() + " " + ex.getKey(), List.of());
	}

	// A path segment that is no id names no record (404); a bad query parameter is a 400.
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return error(HttpStatus.NOT_FOUND, "No such record: " + ex.getValue(), List.of());
		}
		return error(HttpStatus.BAD_REQUEST, "Bad request parameter",
				List.of(ex.getName() + ": \"" + ex.getValue() + "\" is not a valid value"));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badParameter(BadRequestException ex) {
		return error(HttpStatus.BAD_REQUEST, "Bad request parameter",
				List.of(this.messages.getMessage(ex.getKey(), ex.getArguments(), locale())));
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ApiError> badParameters(BindException ex) {
		List<String> problems = ex.getBindingResult().getAllErrors().stream().map((error) -> {
			String message = this.messages.getMessage(error, locale());
			return (error instanceof FieldError field) ? field.getField() + ": " + message : message;
		}).sorted().toList();
		return error(HttpStatus.BAD_REQUEST, "Bad request parameters", problems);
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<String> problems) {
		return ResponseEntity.status(status)
			.body(new ApiError(status.value(), status.getReasonPhrase(), message, problems, reference()));
	}

	private static String reference() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null
				&& request.getAttribute(RequestIds.KEY, RequestAttributes.SCOPE_REQUEST) instanceof String id) ? id
						: null;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
