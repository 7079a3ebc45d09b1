package org.sanctuarytracker.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the checker behind validator.w3.org/nu), in-process: the HTML5
 * parser, the HTML schema and the checker's own rules, as its command line runs them.
 * Setting it up reads the schema (a few seconds), so one instance checks every page in
 * turn; it is not thread-safe.
 */
public final class HtmlChecker {

	/** The checker's default schema: HTML with SVG, MathML, ITS and RDFa Lite. */
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final Collector collector = new Collector();

	public HtmlChecker() {
		// No log4j set-up of its own (the app's logging stays as it is), no URLs to log,
		// no language detection (which guesses from the text and warns on short pages).
		this.validator = new SimpleDocumentValidator(false, false, false);
		// Its internals log through log4j 1, which nothing else here uses: silenced, not
		// left to warn that it has no appender.
		if (!org.apache.log4j.Logger.getRootLogger().getAllAppenders().hasMoreElements()) {
			org.apache.log4j.Logger.getRootLogger().addAppender(new NullAppender());
		}
		try {
			this.validator.setUpMainSchema(SCHEMA, this.collector);
			this.validator.setUpValidatorAndParsers(this.collector, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not read its schema", ex);
		}
		if (!this.collector.take().isEmpty()) {
			throw new IllegalStateException("The HTML checker's schema has problems");
		}
	}

	/** What the checker says of one document, in document order. */
	public synchronized List<Problem> check(String html) {
		this.collector.take();
		try {
			this.validator
				.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		}
		catch (SAXException ex) {
			// A fatal error ends the parse; the collector already holds it.
			this.collector.add(Severity.ERROR, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.collector.take();
	}

	/** As the checker's own output grades them. */
	public enum Severity {

		INFO, WARNING, ERROR

	}

	/** One message: where in the document (1-based line and column) and what. */
	public record Problem(Severity severity, int line, int column, String message) {

		public boolean isError() {
			return this.severity == Severity.ERROR;
		}

		public boolean isWarning() {
			return this.severity == Severity.WARNING;
		}

		@Override
		public String toString() {
			return this.severity.name().toLowerCase() + " at line " + this.line + ", column " + this.column + ": "
					+ this.message;
		}

	}

	private static final class Collector implements ErrorHandler {

		private List<Problem> problems = new ArrayList<>();

		@Override
		public void warning(SAXParseException ex) {
			// The one warning that the checker's message emitter (MessageEmitterAdapter)
			// reports as information, since it changes nothing in the document.
			boolean information = String.valueOf(ex.getMessage())
				.contains("Trailing slash on void elements has no effect");
			add(information ? Severity.INFO : Severity.WARNING, ex);
		}

		@Override
		public void error(SAXParseException ex) {
			add(Severity.ERROR, ex);
		}

		@Override
		public void fatalError(SAXParseException ex) {
			add(Severity.ERROR, ex);
		}

		void add(Severity severity, SAXException ex) {
			if (ex instanceof SAXParseException located) {
				// The same fatal error reaches the handler and is then thrown.
				Problem problem = new Problem(severity, located.getLineNumber(), located.getColumnNumber(),
						located.getMessage());
				if (!this.problems.contains(problem)) {
					this.problems.add(problem);
				}
			}
			else {
				this.problems.add(new Problem(severity, -1, -1, String.valueOf(ex.getMessage())));
			}
		}

		List<Problem> take() {
			List<Problem> taken = this.problems;
			this.problems = new ArrayList<>();
			return taken;
		}

	}

}
