package org.sanctuarytracker.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuarytracker.conformance.PageTypes.Page;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.HeadlessChromium;
import org.sanctuarytracker.support.MockSessionsInTheDatabase;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every type of page the app renders ({@link PageTypes}, the list the Nu Html Checker
 * goes through too) has no axe-core violation of WCAG 2.0 and 2.1, levels A and AA, in a
 * real browser at a phone's width (390 × 844) and a desktop's (1280 × 900): Debian's
 * Chromium, headless, driven by its ChromeDriver. Contrast, focus, reflow and scrolling
 * regions depend on the rendering, which only a browser does.
 * <p>
 * Each page is rendered by the app (through MockMvc, as an editor or an administrator
 * where the page needs one, and with the POSTs that produce the error, conflict and
 * preview pages) and its HTML is written into a document of the running app's own origin,
 * so the browser loads the real stylesheets from the real server. axe-core is the
 * minified script vendored in {@code src/test/resources/axe} (see its README), injected
 * into each page. A failure lists each violation with its rule, the elements it found and
 * what the rule asks for.
 * <p>
 * No browser, no pass: without {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs) the tests fail saying so. Selenium Manager never runs:
 * the driver and the browser are named by path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tracker.exports.live-reads=false",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, MockSessionsInTheDatabase.class, Fixtures.class })
class AccessibilityTests {

	/** WCAG 2.0 and 2.1 at levels A and AA, as axe-core tags its rules. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final List<Viewport> VIEWPORTS = List.of(new Viewport("phone", 390, 844, true),
			new Viewport("desktop", 1280, 900, false));

	/** A small file of the app's own origin, replaced by each page's HTML. */
	private static final String BLANK_PAGE = "/assets/css/tracker.css";

	/**
	 * Puts the keyboard's starting point at the top of the page, as on a page just opened
	 * (the window is reused from page to page, and keeps the point where the last page
	 * left it): a focus at the start of the body that is removed at once. Unless a field
	 * took the focus itself (autofocus); answers whether nothing has the focus.
	 */
	private static final String TOP_OF_THE_PAGE = """
			// The focus the other width's checks left behind is not the page's own.
			if (document.activeElement !== document.body && !document.activeElement.autofocus) {
				document.activeElement.blur();
			}
			if (document.activeElement !== document.body) return false;
			history.replaceState(null, '', location.pathname);
			const start = document.createElement('span');
			start.tabIndex = -1;
			document.body.prepend(start);
			start.focus();
			start.remove();
			window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
			return document.activeElement === document.body;
			""";

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	/** The HTML in the browser's document now. */
	private static String shown;

	private static String axe;

	private static String pageChecks;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startTheBrowser() throws IOException {
		axe = resource("/axe/axe.min.js");
		pageChecks = resource("/conformance/page-checks.js");
		chromium = HeadlessChromium.start("a11y");
		browser = chromium.browser();
		// As a reader who asked for reduced motion: Bootstrap then jumps where it would
		// scroll smoothly, so a focused skip link is where it ends up at once, not
		// mid-way through an animation a loaded machine slows down.
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
	}

	@AfterAll
	static void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@TestFactory
	Stream<DynamicNode> everyPageTypeHasNoAxeViolationsAtAPhoneAndADesktopWidth() {
		String only = System.getProperty("a11y.only", "");
		return PageTypes.all(this.mvc, this.jdbc).stream().filter((page) -> page.name().contains(only)).map((page) -> {
			Rendered rendered = new Rendered(page);
			return DynamicContainer.dynamicContainer(page.name(), VIEWPORTS.stream()
				.map((viewport) -> DynamicTest.dynamicTest(viewport.toString(), () -> check(rendered, viewport))));
		});
	}

	private void check(Rendered rendered, Viewport viewport) throws IOException {
		show(rendered.html(), viewport);
		screenshot(rendered.page(), viewport);
		List<String> problems = new ArrayList<>();
		List<String> violations = violations();
		if (!violations.isEmpty()) {
			problems.add("axe-core " + axeVersion() + " (" + String.join(", ", TAGS) + ") reports "
					+ violations.stream().filter((line) -> line.startsWith("- ")).count() + " violation(s):");
			violations.forEach(problems::add);
		}
		problems.addAll(keyboardProblems());
		problems.addAll(pageCheck("focusIndicators", "controlWidths", "statusBadgesWhole"));
		if (!problems.isEmpty()) {
			fail(problems.stream()
				.collect(Collectors.joining("\n", rendered.page().name() + " at " + viewport + ":\n", "")));
		}
	}

	/**
	 * The badge of every status (not only those the demo data happens to show), in the
	 * app's stylesheet: readable, told apart from each other, and neither green nor red.
	 */
	@Test
	void statusColoursAreReadableDistinctAndTakeNoSide() {
		String badges = Stream.of(JurisdictionStatus.values())
			.map((status) -> "<span class=\"badge status-badge status-" + status + "\">" + status + "</span> ")
			.collect(Collectors.joining());
		show("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statuses</title>"
				+ "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/5.3.8/css/bootstrap.min.css\">"
				+ "<link rel=\"stylesheet\" href=\"/assets/css/tracker.css\"></head><body><main>" + badges
				+ "</main></body></html>", VIEWPORTS.get(1));
		assertThat(browser.executeScript("return document.querySelectorAll('.status-badge').length"))
			.isEqualTo((long) JurisdictionStatus.values().length);
		assertThat(pageCheck("statusColours")).isEmpty();
	}

	/**
	 * Writes the page into a document of the app's origin, unless it is already there
	 * (from the check at the other width), and sets the viewport's size.
	 */
	private void show(String html, Viewport viewport) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height",
				viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
		if (html != shown) {
			write(html);
			shown = html;
		}
		assertThat(browser.executeScript("return window.innerWidth")).as("the viewport's width")
			.isEqualTo((long) viewport.width());
	}

	private void write(String html) {
		if (!String.valueOf(browser.getCurrentUrl()).startsWith(origin())) {
			browser.get(origin() + BLANK_PAGE);
		}
		// A new document in the same window: a fresh focus order, the scripts kept.
		// (Without the last page's #content, which would scroll this one.)
		browser.executeScript("history.replaceState(null, '', location.pathname);"
				+ " document.open(); document.write(arguments[0]); document.close();", html);
		// The page's stylesheets come from the server: axe must see the page as styled.
		new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(10)).until((driver) -> browser
			.executeScript(
					"return document.readyState === 'complete' && [...document.querySelectorAll('link[rel=stylesheet]')]"
							+ ".every((link) => link.sheet !== null && link.sheet.cssRules.length > 0);")
			.equals(Boolean.TRUE));
		assertThat(browser.executeScript("return document.compatMode")).as("rendered in standards mode")
			.isEqualTo("CSS1Compat");
		if (Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'undefined'"))) {
			browser.executeScript(axe);
			browser.executeScript(pageChecks);
		}
	}

	/**
	 * From the top of the page, as a keyboard user: the first Tab shows the skip link,
	 * Enter follows it, and the next Tab lands in the content, past the header. (On a
	 * page whose field takes the focus itself, the skip link is focused directly: it is
	 * one Shift+Tab away there.)
	 */
	private List<String> keyboardProblems() {
		List<String> problems = new ArrayList<>(pageCheck("skipLinkFirst"));
		if (!problems.isEmpty()) {
			return problems;
		}
		if (Boolean.TRUE.equals(browser.executeScript(TOP_OF_THE_PAGE))) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		else {
			browser.executeScript("document.querySelector('a[href=\"#content\"]').focus()");
		}
		problems.addAll(skipLinkShown());
		if (problems.isEmpty()) {
			new Actions(browser).sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
			problems.addAll(pageCheck("skippedToContent"));
		}
		return problems;
	}

	/**
	 * The skip link's check, measured again for up to a second while it fails: a focus
	 * may take a frame or two to scroll the page to it, and a measure taken before finds
	 * it still above the viewport.
	 */
	private List<String> skipLinkShown() {
		long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		List<String> problems = pageCheck("skipLinkShown");
		while (!problems.isEmpty() && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			problems = pageCheck("skipLinkShown");
		}
		return problems;
	}

	/** The problems the named checks of page-checks.js find, in one call. */
	@SuppressWarnings("unchecked")
	private List<String> pageCheck(String... names) {
		return (List<String>) browser.executeScript(Stream.of(names)
			.map((name) -> "...window.trackerChecks." + name + "()")
			.collect(Collectors.joining(", ", "return [", "];")));
	}

	/**
	 * With {@code -Da11y.screenshots=DIR}, a full-length screenshot of every page at
	 * every width, to look at the layout by eye.
	 */
	private void screenshot(Page page, Viewport viewport) throws IOException {
		String folder = System.getProperty("a11y.screenshots");
		if (folder == null) {
			return;
		}
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Path file = Path.of(folder, page.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + viewport.name() + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private String origin() {
		return "http://localhost:" + this.port;
	}

	/** Runs axe-core in the page; one readable line per violation and element. */
	@SuppressWarnings("unchecked")
	private List<String> violations() {
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then((results) => done(results.violations.map((violation) => ({
				    id: violation.id, impact: violation.impact, help: violation.help, helpUrl: violation.helpUrl,
				    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary,
				      html: node.html })) }))))
				  .catch((error) => done({ error: String(error) }));
				""", TAGS);
		if (result instanceof Map<?, ?> error) {
			throw new IllegalStateException("axe-core failed: " + error.get("error"));
		}
		return ((List<Map<String, Object>>) result).stream().flatMap((violation) -> {
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
			return Stream.concat(
					Stream.of("- " + violation.get("id") + " (" + violation.get("impact") + "): "
							+ violation.get("help") + " <" + violation.get("helpUrl") + ">"),
					nodes.stream()
						.map((node) -> "    at " + node.get("target") + "\n      " + node.get("html") + "\n      "
								+ String.valueOf(node.get("summary")).replace("\n", "\n      ")));
		}).toList();
	}

	private static String axeVersion() {
		return String.valueOf(browser.executeScript("return axe.version"));
	}

	private static String resource(String path) {
		try (InputStream in = AccessibilityTests.class.getResourceAsStream(path)) {
			assertThat(in).as("%s in the test resources (for axe-core: run src/test/resources/axe/fetch.sh)", path)
				.isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Viewport(String name, int width, int height, boolean mobile) {

		@Override
		public String toString() {
			return this.name + " " + this.width + "x" + this.height;
		}

	}

	/** A page rendered once by the app, checked at each width. */
	private static final class Rendered {

		private final Page page;

		private String html;

		Rendered(Page page) {
			this.page = page;
		}

		Page page() {
			return this.page;
		}

		String html() {
			if (this.html == null) {
				this.html = this.page.render();
			}
			return this.html;
		}

	}

}
