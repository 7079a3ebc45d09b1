package org.sanctuarytracker.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What browsers, proxies and the app itself may keep: public pages are revalidated
 * against the database's state (304 when nothing changed, a fresh page after any commit),
 * served again from the rendered-page cache without a query of their own, and never
 * stored when a signed-in editor reads them; static assets have versioned URLs and a
 * year's lifetime.
 */
@TrackerTest
class PublicCachingTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/css/tracker-[0-9a-f]{32}\\.css)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldLinkStaticAssetsByTheirContentAndLetBrowsersKeepThemForAYear() throws Exception {
		String home = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		Matcher stylesheet = STYLESHEET.matcher(home);
		assertThat(stylesheet.find()).as("the stylesheet's link names its content hash").isTrue();
		assertThat(home).containsPattern("/webjars/bootstrap/5\\.3\\.8/css/bootstrap\\.min-[0-9a-f]{32}\\.css");
		MvcTestResult css = this.mvc.get().uri(stylesheet.group(1)).exchange();
		assertThat(css).hasStatusOk().headers().hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public");
		assertThat(css.getResponse().getHeader("Pragma")).isNull();
		assertThat(css).bodyText().contains(".status-SANCTUARY");
	}

	@Test
	void shouldAnswerAnUnchangedPublicPageWithNotModified() {
		MockHttpServletResponse first = this.mvc.get().uri("/jurisdictions").exchange().getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(first.getHeader(HttpHeaders.VARY)).contains("Cookie");
		assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotNull();

		MvcTestResult again = this.mvc.get().uri("/jurisdictions").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void shouldRenderAfreshAfterAnyCommitAndServeTheSameBytesFromTheCacheUntilThen() throws Exception {
		String slug = Fixtures.unique("cached");
		long id = this.fixtures.jurisdiction(slug, "CITY", "IL");
		String page = "/jurisdictions/" + slug;
		MockHttpServletResponse rendered = this.mvc.get().uri(page).exchange().getResponse();
		assertThat(rendered.getContentAsString()).contains("Zz test " + slug);

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		MockHttpServletResponse cached = this.mvc.get().uri(page).exchange().getResponse();
		assertThat(statistics.getPrepareStatementCount()).as("statements run for a cached page").isZero();
		assertThat(cached.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
		assertThat(cached.getHeader(HttpHeaders.ETAG)).isEqualTo(rendered.getHeader(HttpHeaders.ETAG));
		assertThat(cached.getContentType()).isEqualTo(rendered.getContentType());

		// A write in SQL, outside the app and its history, is seen as well as an edit.
		this.jdbc.update("update jurisdiction set name = ? where id = ?", "Renamed " + slug, id);
		MvcTestResult changed = this.mvc.get()
			.uri(page)
			.header(HttpHeaders.IF_NONE_MATCH, rendered.getHeader(HttpHeaders.ETAG))
			.exchange();
		assertThat(changed).hasStatusOk().bodyText().contains("Renamed " + slug).doesNotContain("Zz test " + slug);
		assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(rendered.getHeader(HttpHeaders.ETAG));
	}

	@Test
	void shouldKeepJsonApartFromHtmlForTheSameAddress() {
		assertThat(this.mvc.get().uri("/api/v1/jurisdictions").accept("application/json")).hasStatusOk()
			.hasContentTypeCompatibleWith("application/json");
		assertThat(this.mvc.get().uri("/api/v1/jurisdictions").accept("application/json")).hasStatusOk()
			.hasContentTypeCompatibleWith("application/json");
		assertThat(this.mvc.get().uri("/jurisdictions").accept("text/html")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/html");
	}

	@Test
	void shouldNeverStoreWhatASignedInEditorSees() {
		this.mvc.get().uri("/jurisdictions").exchange();
		MvcTestResult editor = this.mvc.get().uri("/jurisdictions").with(user("writer").roles("EDITOR")).exchange();
		assertThat(editor).hasStatusOk().bodyText().contains("writer");
		assertThat(editor.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(editor.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(this.mvc.get().uri("/login")).headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
	}

}
