package org.sanctuarytracker.journeys;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.HeadlessChromium;
import org.sanctuarytracker.support.MockSessionsInTheDatabase;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a journalist does on a phone, in a real browser, clicking and typing as a reader
 * would: search a misspelt name from the header, open the person, one of their statements
 * and select its citation; go from the map to a state and on to a county; compare two
 * cities from a profile; switch to Spanish and stay there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, MockSessionsInTheDatabase.class, Fixtures.class })
class ReaderJourneysTests {

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startTheBrowser() throws IOException {
		chromium = HeadlessChromium.start("journeys");
		browser = chromium.browser();
		// A phone's window.
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterAll
	static void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void startAfresh() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void aJournalistSearchesAMisspeltNameFromTheHeaderAndOpensThePerson() {
		open("/");
		WebElement box = browser.findElement(By.id("site-search-q"));
		box.sendKeys("garceti");
		box.submit();
		waitFor(By.partialLinkText("Eric Garcetti")).click();
		waitForUrl("/people/eric-garcetti");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Eric Garcetti");
		assertThat(browser.findElements(By.cssSelector("blockquote, .paraphrase"))).isNotEmpty();
		// A statement's own page, from its date, and the citation to copy: one click
		// selects it all, without the script.
		browser.findElement(By.cssSelector("a[href*='/statements/']")).click();
		WebElement citation = waitFor(By.id("citation"));
		assertThat(browser.getCurrentUrl()).matches("http://localhost:" + this.port + "/statements/\\d+");
		assertThat(citation.getText()).startsWith("Eric Garcetti")
			.contains("Sanctuary-policy tracker, " + browser.getCurrentUrl() + " (retrieved ");
		assertThat(citation.getCssValue("user-select")).isEqualTo("all");
	}

	@Test
	void aJournalistGoesFromTheMapToIllinoisAndOnToCookCounty() {
		open("/map");
		follow(waitFor(By.cssSelector("svg a[href$='/jurisdictions/illinois']")));
		waitForUrl("/jurisdictions/illinois");
		follow(waitFor(By.cssSelector("svg a[href$='/jurisdictions/cook-county-il']")));
		waitForUrl("/jurisdictions/cook-county-il");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cook County");
		assertThat(browser.getPageSource()).contains("17031");
	}

	@Test
	void aJournalistComparesChicagoWithLosAngelesFromItsProfile() {
		open("/jurisdictions/chicago-il");
		WebElement with = browser.findElement(By.id("compare-with"));
		with.sendKeys("los angeles");
		with.submit();
		waitFor(By.cssSelector("a[href$='/compare?j=chicago-il&j=los-angeles-ca']")).click();
		waitForUrl("/compare?j=chicago-il&j=los-angeles-ca");
		WebElement matrix = browser.findElement(By.cssSelector(".compare-matrix thead"));
		assertThat(matrix.getText()).contains("Chicago").contains("Los Angeles");
		// Stacked on a phone: the second place's status card is below the first, not
		// beside it.
		var cards = browser.findElements(By.cssSelector(".compare-place"));
		assertThat(cards).hasSize(2);
		assertThat(cards.get(1).getLocation().getY()).isGreaterThan(cards.get(0).getLocation().getY());
	}

	@Test
	void aReaderSwitchesToSpanishAndStaysInIt() {
		open("/jurisdictions/chicago-il");
		browser.findElement(By.cssSelector(".language-switch a[hreflang='es']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> "es".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
		open("/about");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cómo funciona el monitor");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static WebElement waitFor(By what) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(what));
	}

	private void waitForUrl(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlToBe("http://localhost:" + this.port + path));
	}

	// An SVG link on a small screen may lie under another shape's edge: follow it as a
	// reader's tap would, by its address.
	private static void follow(WebElement link) {
		browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))",
				link);
	}

}
