package org.sanctuarytracker.conformance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.HtmlChecker;
import org.sanctuarytracker.support.HtmlChecker.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-process checker finds what validator.w3.org/nu finds, so a page it passes is a
 * page that passes there.
 */
class HtmlCheckerTests {

	private static final HtmlChecker checker = new HtmlChecker();

	private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>";

	@Test
	void shouldPassAConformingDocument() {
		assertThat(checker.check(HEAD + "<main><h1>Quote</h1><figure><blockquote><p>Words</p></blockquote>"
				+ "<figcaption>Who <p>said</p></figcaption></figure></main></body></html>"))
			.isEmpty();
	}

	@Test
	void shouldReportAParagraphAfterAFiguresCaptionWithItsLine() {
		List<Problem> problems = checker.check(HEAD
				+ "\n<figure><blockquote>Words</blockquote><figcaption>Who</figcaption>\n<p>context</p></figure></body></html>");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).contains("Element “p” not allowed as child of element “figure”");
		});
	}

	@Test
	void shouldReportParseErrorsAndBadAttributesAndKeepNothingFromTheDocumentBefore() {
		assertThat(
				checker.check(HEAD + "<div><span></div><a href=\"x y\">x</a><table><td>1</td></table></body></html>"))
			.extracting(Problem::message)
			.anyMatch((message) -> message.contains("End tag “div” seen"))
			.anyMatch((message) -> message.contains("Bad value “x y” for attribute “href”"));
		assertThat(checker.check(HEAD + "<p>fine</p></body></html>")).isEmpty();
	}

	@Test
	void shouldReportAMissingDoctypeAndTitle() {
		assertThat(checker.check("<html lang=\"en\"><head></head><body><p>x</p></body></html>"))
			.filteredOn(Problem::isError)
			.extracting(Problem::message)
			.anyMatch((message) -> message.contains("DOCTYPE"))
			.anyMatch((message) -> message.contains("title"));
	}

}
