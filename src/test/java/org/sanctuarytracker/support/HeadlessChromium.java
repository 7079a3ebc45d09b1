package org.sanctuarytracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver, with a fresh profile each
 * time. Selenium Manager never runs: the browser and the driver are named by path;
 * without them the tests fail saying what to install (.ci/run installs both).
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver browser;

	private final Path profile;

	private HeadlessChromium(ChromeDriver browser, Path profile) {
		this.browser = browser;
		this.profile = profile;
	}

	public static HeadlessChromium start(String name) throws IOException {
		assertThat(Files.isExecutable(CHROMIUM))
			.as("The browser tests need Debian's Chromium at %s (apt-get install chromium)", CHROMIUM)
			.isTrue();
		assertThat(Files.isExecutable(CHROMEDRIVER))
			.as("The browser tests need Debian's ChromeDriver at %s (apt-get install chromium-driver)", CHROMEDRIVER)
			.isTrue();
		Path profile = Files.createTempDirectory(name + "-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(browser, profile);
	}

	public ChromeDriver browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}
