package org.sanctuarytracker.home;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page: counts by status, the latest policies and statements, links in.
 */
@TrackerTest
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCountJurisdictionsByStatusAndLinkToTheFilteredList() {
		long sanctuaries = this.jdbc.queryForObject("select count(*) from jurisdiction where status = 'SANCTUARY'",
				Long.class);
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("href=\"/jurisdictions?status=SANCTUARY\"")
			.containsPattern("status-SANCTUARY\">Sanctuary</span>\\s*<strong>" + sanctuaries + "</strong>")
			.contains("Not assessed");
	}

	@Test
	void shouldShowTheLatestPoliciesAndStatements() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Latest policies")
			.contains("Sanctuary city ordinance")
			.contains("Latest statements")
			.contains("href=\"/statements\"")
			.contains("href=\"/jurisdictions\"");
	}

	@Test
	void shouldServeStylesFromTheAppItselfForAPhone() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.contains("/webjars/bootstrap/5.3.8/css/bootstrap.min-")
			.contains("/assets/css/tracker-")
			.doesNotContain("<script")
			// Nothing loaded from elsewhere (the printed origin and the canonical address
			// name the page itself, and load nothing).
			.doesNotContainPattern("src=\"https?://")
			.doesNotContainPattern("<link rel=\"(?!canonical)[^\"]*\"[^>]*href=\"https?://");
		assertThat(this.mvc.get().uri("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/assets/css/tracker.css")).hasStatusOk();
	}

	@Test
	void shouldPrintWhereAndWhenThePageCameFromAndNotTheNavigation() throws Exception {
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.containsPattern(
					"<p class=\"print-only\">Printed from http://localhost/jurisdictions/chicago-il on \\d{1,2} \\w+ \\d{4}\\.</p>");
		String css = new String(
				new org.springframework.core.io.ClassPathResource("static/css/tracker.css").getInputStream()
					.readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css).contains("@media print")
			.containsPattern("header, [^{]*\\.record-actions, form, \\.btn[^{]*\\{ display: none !important; \\}");
	}

	@Test
	void shouldEndEveryPageTitleButTheFrontPagesWithTheSiteName() {
		assertThat(this.mvc.get().uri("/")).bodyText().contains("<title>Sanctuary-policy tracker</title>");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.contains("<title>Chicago — Sanctuary-policy tracker</title>");
		assertThat(this.mvc.get().uri("/statements")).bodyText()
			.containsPattern("<title>[^<]+ — Sanctuary-policy tracker</title>");
		assertThat(this.mvc.get().uri("/about?lang=es")).bodyText()
			.contains("<title>Cómo funciona el monitor — Monitor de políticas santuario</title>");
		// The request's reference is for error pages only.
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText().doesNotContain("Reference: ");
		assertThat(this.mvc.get().uri("/jurisdictions/nowhere-at-all")).hasStatus(404)
			.bodyText()
			.containsPattern("<title>[^<]+ — Sanctuary-policy tracker</title>");
	}

	@Test
	void shouldLinkAnIconOfItsOwn() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.containsPattern(
					"<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/assets/images/favicon-[0-9a-f]+\\.svg\">");
		assertThat(this.mvc.get().uri("/assets/images/favicon.svg")).hasStatusOk()
			.hasContentTypeCompatibleWith("image/svg+xml");
	}

}
