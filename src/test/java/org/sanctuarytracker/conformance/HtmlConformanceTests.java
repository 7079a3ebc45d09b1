package org.sanctuarytracker.conformance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanctuarytracker.conformance.PageTypes.Page;
import org.sanctuarytracker.support.HtmlChecker;
import org.sanctuarytracker.support.HtmlChecker.Problem;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.fail;

/**
 * Every type of page the app renders ({@link PageTypes}) passes the Nu Html Checker (the
 * checker of validator.w3.org/nu) with no error and no warning beyond the deliberate ones
 * below. Each page is a test of its own, and a failure lists the checker's messages with
 * their lines.
 */
@TrackerTest
class HtmlConformanceTests {

	/**
	 * Warnings the pages have on purpose. None so far: every warning the checker gives
	 * fails the test until it is fixed or written down here with the reason. (Its info
	 * messages pass: the one the pages have is "Trailing slash on void elements", from
	 * the hidden inputs that Thymeleaf writes itself for the CSRF token and for each
	 * checkbox.)
	 */
	private static final Set<String> DELIBERATE_WARNINGS = Set.of();

	// Reading the schema takes seconds: one checker for every page.
	private static final HtmlChecker checker = new HtmlChecker();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> everyPageTypePassesTheNuHtmlChecker() {
		return PageTypes.all(this.mvc, this.jdbc)
			.stream()
			.map((page) -> DynamicTest.dynamicTest(page.name(), () -> check(page)));
	}

	private void check(Page page) {
		String html = page.render();
		List<Problem> problems = checker.check(html)
			.stream()
			.filter((problem) -> problem.isError()
					|| (problem.isWarning() && !DELIBERATE_WARNINGS.contains(problem.message())))
			.toList();
		if (!problems.isEmpty()) {
			String[] lines = html.split("\n", -1);
			fail(problems.stream()
				.map((problem) -> page.name() + ": " + problem + "\n    "
						+ ((problem.line() > 0 && problem.line() <= lines.length) ? lines[problem.line() - 1].strip()
								: ""))
				.collect(Collectors.joining("\n", "The Nu Html Checker reports " + problems.size() + " problem(s):\n",
						"")));
		}
	}

}
