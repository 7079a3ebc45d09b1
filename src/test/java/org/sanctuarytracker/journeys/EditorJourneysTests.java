package org.sanctuarytracker.journeys;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.HeadlessChromium;
import org.sanctuarytracker.support.MockSessionsInTheDatabase;
import org.sanctuarytracker.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an editor does the morning something happened, in a real browser: sign in, enter a
 * statement by a speaker not on record yet with a source typed in the same form, in one
 * save, and see the saved quote highlighted under the confirmation; then record the money
 * at risk as "$2,500,000", citing the source just added, which the form offers first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, MockSessionsInTheDatabase.class, Fixtures.class })
class EditorJourneysTests {

	private static final String PASSWORD = "a long editor password at the desk";

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startTheBrowser() throws IOException {
		chromium = HeadlessChromium.start("editor-journeys");
		browser = chromium.browser();
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@AfterAll
	static void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anEditorEntersAStatementByANewSpeakerWithANewSourceInOneFormThenTheMoneyAtRisk() {
		String username = Fixtures.unique("desk");
		this.jdbc.update("insert into account (username, password_hash, display_name, role) values (?, ?, ?, 'EDITOR')",
				username, "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD), "Desk editor");
		String place = Fixtures.unique("morning");
		this.fixtures.jurisdiction(place, "CITY", "ZZ");
		String quote = "We will not hand our residents over, " + place + ".";

		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/");

		open("/jurisdictions/" + place + "/statements/new");
		WebElement newPerson = browser.findElement(By.cssSelector("#new-person summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", newPerson);
		newPerson.click();
		type("newPerson.name", "Mayor Ana " + place.replace('-', ' '));
		type("newPerson.title", "Mayor");
		type("quote", quote);
		type("statedOn", "2026-12-01");
		new Select(browser.findElement(By.id("stance"))).selectByValue("NEUTRAL");
		type("newSource.title", "Mayor answers the federal threat " + place);
		type("newSource.publisher", "The Morning Ledger");
		type("newSource.url", "https://ledger.example/" + place);
		type("editSummary", "The mayor's statement this morning");
		save();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/statements/\\d+$"));
		WebElement confirmation = browser.findElement(By.cssSelector(".alert-success"));
		assertThat(confirmation.getText()).startsWith("Saved");
		assertThat(inView(confirmation)).as("the confirmation is in view").isTrue();
		WebElement saved = browser.findElement(By.cssSelector(".saved"));
		assertThat(saved.getText()).contains(quote);
		assertThat(inView(saved)).as("the saved quote is in view").isTrue();
		assertThat(browser.getPageSource()).contains("Mayor Ana " + place.replace('-', ' '));

		open("/jurisdictions/" + place + "/funding/new");
		type("program", "Byrne JAG");
		type("amountAtRiskUsd", "$2,500,000");
		type("fiscalYear", "2026");
		new Select(browser.findElement(By.id("status"))).selectByValue("THREATENED");
		// The source just cited for this place comes first among the choices.
		WebElement first = browser.findElement(By.cssSelector("input[name=sourceIds]"));
		assertThat(browser.findElement(By.cssSelector("label[for='" + first.getAttribute("id") + "']")).getText())
			.contains("Mayor answers the federal threat " + place);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", first);
		first.click();
		type("editSummary", "The grant the mayor spoke of");
		save();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/funding/\\d+$"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Saved");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("$2,500,000");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void waitForUrl(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlToBe("http://localhost:" + this.port + path));
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	// Brought into view at once first: WebDriver's own scroll to it is smooth here
	// (Bootstrap's scroll-behavior), and a click during it lands beside the button.
	private static void save() {
		WebElement button = browser.findElement(By.cssSelector("main form button.btn-primary[type=submit]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
	}

	private static boolean inView(WebElement element) {
		return Boolean.TRUE.equals(browser.executeScript(
				"const box = arguments[0].getBoundingClientRect(); return box.top >= 0 && box.top < innerHeight;",
				element));
	}

}
