package org.sanctuarytracker.system;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * What a client got wrong, read once for both kinds of answer: the status, a title, a
 * detail and, for bad parameters, each problem, in the reader's language. The site shows
 * it as its 400 or 404 page (ErrorPages), the JSON API as RFC 9457
 * {@code application/problem+json}, so a rule's message is written once.
 */
@Component
public class Problems {

	/** The property holding each problem, one line each ("page: must be ... "). */
	public static final String PROBLEMS = "problems";

	private final MessageSource messages;

	private final DataSize maxUpload;

	Problems(MessageSource messages, MultipartProperties multipart) {
		this.messages = messages;
		this.maxUpload = multipart.getMaxFileSize();
	}

	/** No record with that key: 404. */
	public ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound.title",
				message("error.notFound.record", ex.getWhat(), ex.getKey()), List.of());
	}

	/**
	 * A path segment that cannot be an id ({@code /policies/abc}) names no record: 404. A
	 * query parameter of the wrong type ({@code ?page=abc}) is a 400.
	 */
	public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "error.notFound.title", message("error.notFound.text"), List.of());
		}
		return badRequest(List.of(message("error.badRequest.field", ex.getName(), message("typeMismatch"),
				String.valueOf(ex.getValue()))));
	}

	/** A parameter a page or endpoint refused by its own rule (a moment, a range). */
	public ProblemDetail badRequest(BadRequestException ex) {
		return badRequest(List.of(message(ex.getKey(), ex.getArguments())));
	}

	/** Parameters that failed their constraints, each with what was given. */
	public ProblemDetail badRequest(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> problems = ex.getBindingResult().getAllErrors().stream().map((error) -> {
			String message = this.messages.getMessage(error, locale);
			return (error instanceof FieldError field) ? message("error.badRequest.field", field.getField(), message,
					String.valueOf(field.getRejectedValue())) : message;
		}).sorted().toList();
		return badRequest(problems);
	}

	/** An upload over spring.servlet.multipart.max-file-size: 413. */
	public ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		List<String> problems = List.of(message("import.file.tooLarge", this.maxUpload.toMegabytes()));
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge.title", problems.get(0), problems);
	}

	/** Each problem of a problem detail, none when it has none. */
	@SuppressWarnings("unchecked")
	public static List<String> problemsOf(ProblemDetail problem) {
		return (problem.getProperties() != null && problem.getProperties().get(PROBLEMS) instanceof List<?> list)
				? (List<String>) list : List.of();
	}

	private ProblemDetail badRequest(List<String> problems) {
		return problem(HttpStatus.BAD_REQUEST, "error.badRequest.title", String.join(" ", problems), problems);
	}

	private ProblemDetail problem(HttpStatus status, String title, String detail, List<String> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(message(title));
		problem.setProperty(PROBLEMS, problems);
		return problem;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
