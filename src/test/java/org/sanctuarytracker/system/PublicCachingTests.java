package org.sanctuarytracker.system;

import java.util.concurrent.Callable;
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
	void shouldAnswerAnUnchangedPublicPageWithNotModified() throws Exception {
		MockHttpServletResponse[] pair = whileTheServerHoldsStill(() -> {
			MockHttpServletResponse page = this.mvc.get().uri("/jurisdictions").exchange().getResponse();
			return new MockHttpServletResponse[] { page,
					this.mvc.get()
						.uri("/jurisdictions")
						.header(HttpHeaders.IF_NONE_MATCH, page.getHeader(HttpHeaders.ETAG))
						.exchange()
						.getResponse() };
		});
		MockHttpServletResponse first = pair[0];
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(first.getHeader(HttpHeaders.VARY)).contains("Cookie");
		assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotNull();

		assertThat(pair[1].getStatus()).isEqualTo(304);
		assertThat(pair[1].getContentAsByteArray()).isEmpty();
	}

	@Test
	void shouldRevalidateASearchsFeedAsTheOtherFeedsAndKeepEachSearchApart() throws Exception {
		MockHttpServletResponse[] answers = whileTheServerHoldsStill(() -> {
			MockHttpServletResponse feed = this.mvc.get().uri("/statements.atom?q=sanctuary").exchange().getResponse();
			return new MockHttpServletResponse[] { feed,
					this.mvc.get()
						.uri("/statements.atom?q=sanctuary")
						.header(HttpHeaders.IF_NONE_MATCH, feed.getHeader(HttpHeaders.ETAG))
						.exchange()
						.getResponse(),
					this.mvc.get()
						.uri("/statements.atom?q=funding")
						.header(HttpHeaders.IF_NONE_MATCH, feed.getHeader(HttpHeaders.ETAG))
						.exchange()
						.getResponse() };
		});
		assertThat(answers[0].getContentType()).startsWith("application/atom+xml");
		assertThat(answers[0].getHeader(HttpHeaders.ETAG)).startsWith("W/\"");
		assertThat(answers[0].getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(answers[1].getStatus()).isEqualTo(304);
		// Another search is another feed, never the first one's copy.
		assertThat(answers[2].getStatus()).isEqualTo(200);
		assertThat(answers[2].getContentAsString()).contains("statements matching funding");
	}

	@Test
	void shouldRenderAfreshAfterAnyCommitAndServeTheSameBytesFromTheCacheUntilThen() throws Exception {
		String slug = Fixtures.unique("cached");
		long id = this.fixtures.jurisdiction(slug, "CITY", "IL");
		String page = "/jurisdictions/" + slug;
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Object[] reads = whileTheServerHoldsStill(() -> {
			MockHttpServletResponse first = this.mvc.get().uri(page).exchange().getResponse();
			statistics.clear();
			MockHttpServletResponse second = this.mvc.get().uri(page).exchange().getResponse();
			return new Object[] { first, second, statistics.getPrepareStatementCount() };
		});
		MockHttpServletResponse rendered = (MockHttpServletResponse) reads[0];
		MockHttpServletResponse cached = (MockHttpServletResponse) reads[1];
		assertThat(rendered.getContentAsString()).contains("Zz test " + slug);
		assertThat((long) reads[2]).as("statements run for a cached page").isZero();
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
	void shouldGiveAStoredAnswerWithTheHeadersItWasRenderedWithAndKeepJsonApartFromHtml() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Object[] reads = whileTheServerHoldsStill(() -> {
			MockHttpServletResponse json = this.mvc.get()
				.uri("/api/v1/jurisdictions")
				.accept("application/json")
				.exchange()
				.getResponse();
			statistics.clear();
			MockHttpServletResponse stored = this.mvc.get()
				.uri("/api/v1/jurisdictions")
				.accept("application/json")
				.exchange()
				.getResponse();
			return new Object[] { json, stored, statistics.getPrepareStatementCount() };
		});
		MockHttpServletResponse first = (MockHttpServletResponse) reads[0];
		MockHttpServletResponse again = (MockHttpServletResponse) reads[1];
		assertThat((long) reads[2]).as("statements run for a stored answer").isZero();
		assertThat(again.getContentType()).startsWith("application/json");
		assertThat(first.getHeader("X-Snapshot-Revision")).isNotNull();
		assertThat(again.getHeader("X-Snapshot-Revision")).isEqualTo(first.getHeader("X-Snapshot-Revision"));
		assertThat(again.getHeader("X-Snapshot-As-Of")).isEqualTo(first.getHeader("X-Snapshot-As-Of"));
		assertThat(again.getHeader(RequestIds.HEADER)).isNotEqualTo(first.getHeader(RequestIds.HEADER));
		assertThat(this.mvc.get().uri("/jurisdictions").accept("text/html")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/html");
	}

	/**
	 * Runs the reads until no transaction wrote anything on the PostgreSQL server while
	 * they ran: the page cache's state is the server's snapshot of committed
	 * transactions, so another test run's writes, in another database of the same server,
	 * rightly make the second read a fresh one.
	 */
	private <T> T whileTheServerHoldsStill(Callable<T> reads) throws Exception {
		for (int attempt = 1; attempt <= 50; attempt++) {
			String before = this.jdbc.queryForObject("select pg_current_snapshot()::text", String.class);
			T result = reads.call();
			if (before.equals(this.jdbc.queryForObject("select pg_current_snapshot()::text", String.class))) {
				return result;
			}
		}
		throw new AssertionError("Some transaction wrote to the PostgreSQL server during each of 50 attempts");
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
