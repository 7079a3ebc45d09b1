package org.sanctuarytracker.reading;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link to any public page shows a preview of it (Open Graph) and search results a
 * description: a record's page describes the record, at the precision its dates were
 * recorded at and in the reader's language; every other page says what kind of page it
 * is; and each names its canonical address at the public URL, whatever Host the request
 * named.
 */
@TrackerTest
class LinkPreviewTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MessageSource messages;

	@Test
	void shouldDescribeAProfileByItsStatusAsOfTheMonthItWasAssessed() {
		String slug = assessed("2025-06-01", "MONTH");
		String page = body("/jurisdictions/" + slug);
		assertThat(meta(page, "name", "description")).isEqualTo("Zz test " + slug
				+ " (City, ZZ): Limited cooperation as of June 2025. Its policies, officials’ statements and federal money at risk, with sources.");
		assertThat(meta(page, "property", "og:description")).isEqualTo(meta(page, "name", "description"));
		assertThat(meta(page, "property", "og:title")).isEqualTo("Zz test " + slug + " — Sanctuary-policy tracker");
		assertThat(meta(page, "property", "og:type")).isEqualTo("website");
		assertThat(meta(page, "property", "og:site_name")).isEqualTo("Sanctuary-policy tracker");
		assertThat(meta(page, "property", "og:locale")).isEqualTo("en_US");
		assertThat(page).doesNotContain("1 June 2025");
	}

	@Test
	void shouldNeverDescribeAStatusMorePreciselyThanItsYear() {
		String slug = assessed("2019-01-01", "YEAR");
		assertThat(meta(body("/jurisdictions/" + slug), "name", "description"))
			.contains(": Limited cooperation as of 2019.")
			.doesNotContain("January");
	}

	@Test
	void shouldDescribeASpanishPageInSpanish() {
		String slug = assessed("2025-06-01", "MONTH");
		String page = body("/jurisdictions/" + slug + "?lang=es");
		assertThat(page).contains("<html lang=\"es\"");
		assertThat(meta(page, "name", "description"))
			.startsWith("Zz test " + slug + " (Ciudad, ZZ): Cooperación limitada a junio de 2025. Sus políticas");
		assertThat(meta(page, "property", "og:locale")).isEqualTo("es_ES");
		assertThat(meta(page, "property", "og:title"))
			.isEqualTo("Zz test " + slug + " — Monitor de políticas santuario");
		// One page in two languages: one address, without the language switch.
		assertThat(meta(page, "property", "og:url")).isEqualTo("http://localhost/jurisdictions/" + slug);
		assertThat(meta(body("/jurisdictions?lang=es"), "name", "description"))
			.isEqualTo(message("description.jurisdictions.list", "es"));
	}

	@Test
	void shouldDescribeAPersonByTheirLatestTitleOnRecordAndASourceByItsPublication() {
		String person = Fixtures.unique("chief");
		long id = this.fixtures.person(person);
		this.jdbc.update("update person set current_title = 'Chief of Police' where id = ?", id);
		assertThat(meta(body("/people/" + person), "name", "description")).isEqualTo("Person " + person
				+ ", Chief of Police (latest title on record): statements on record, with their sources.");

		long source = this.fixtures.source("Council votes");
		this.jdbc.update("update source set publisher = 'The Zz Gazette', published_on = date '2024-11-01',"
				+ " published_on_precision = 'MONTH' where id = ?", source);
		assertThat(meta(body("/sources/" + source), "name", "description"))
			.isEqualTo("Council votes, The Zz Gazette, November 2024: the source and the facts that cite it.");
	}

	@Test
	void shouldCallAFactsOwnPageAnArticleAndAPageThatGathersThemAWebsite() {
		long statement = this.jdbc.queryForObject("select min(id) from statement", Long.class);
		long policy = this.jdbc.queryForObject("select min(id) from policy", Long.class);
		long funding = this.jdbc.queryForObject("select min(id) from funding_exposure", Long.class);
		for (String permalink : List.of("/statements/" + statement, "/policies/" + policy, "/funding/" + funding)) {
			assertThat(meta(body(permalink), "property", "og:type")).as(permalink).isEqualTo("article");
		}
		for (String gathering : List.of("/", "/statements", "/jurisdictions/chicago-il", "/people/brandon-johnson")) {
			assertThat(meta(body(gathering), "property", "og:type")).as(gathering).isEqualTo("website");
		}
	}

	@Test
	void shouldDescribeEveryOtherPageByItsKindInTheReadersLanguage() {
		List<String[]> pages = List.of(new String[] { "/", "description.home" },
				new String[] { "/jurisdictions", "description.jurisdictions.list" },
				new String[] { "/statements?q=fund", "description.statements.list" },
				new String[] { "/map", "description.map.index" },
				new String[] { "/funding", "description.funding.overview" },
				new String[] { "/compare?j=chicago-il", "description.compare" },
				new String[] { "/search?q=chicago", "description.search.results" },
				new String[] { "/about", "description.about" }, new String[] { "/export", "description.export.index" },
				new String[] { "/changes", "description.history.changes" });
		for (String[] page : pages) {
			for (String language : List.of("en", "es")) {
				String uri = page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + language;
				assertThat(meta(body(uri), "name", "description")).as(uri).isEqualTo(message(page[1], language));
			}
		}
		assertThat(message("description.home", "es")).isNotEqualTo(message("description.home", "en"));
	}

	@Test
	void shouldNameTheCanonicalAddressAtThePublicUrlNotTheHostTheRequestNamed() {
		MvcTestResult result = this.mvc.get()
			.uri("/statements?q=fund&stance=SUPPORTS_SANCTUARY&lang=en")
			.header("Host", "evil.example")
			.exchange();
		String page = text(result);
		String canonical = "http://localhost/statements?q=fund&amp;stance=SUPPORTS_SANCTUARY";
		assertThat(page).contains("<link rel=\"canonical\" href=\"" + canonical + "\">")
			.contains("<meta property=\"og:url\" content=\"" + canonical + "\">")
			.doesNotContain("evil.example");
	}

	@Test
	void shouldOfferNoPreviewOfAnErrorPage() {
		MvcTestResult result = this.mvc.get().uri("/jurisdictions/no-such-place-anywhere").exchange();
		assertThat(result).hasStatus(404);
		assertThat(text(result)).doesNotContain("og:url", "rel=\"canonical\"", "name=\"description\"");
	}

	/** A city assessed as of the date given, at its precision. */
	private String assessed(String asOf, String precision) {
		String slug = Fixtures.unique("assessed");
		long id = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		this.jdbc.update("""
				update jurisdiction set status = 'LIMITED_COOPERATION', status_rationale = 'Declines detainers',
				    status_as_of = ?::date, status_as_of_precision = ? where id = ?""", asOf, precision, id);
		return slug;
	}

	private String message(String key, String language) {
		return this.messages.getMessage(key, null, java.util.Locale.forLanguageTag(language));
	}

	/** The content of the page's meta element with that name or property, unescaped. */
	private static String meta(String page, String attribute, String name) {
		Matcher meta = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\">")
			.matcher(page);
		assertThat(meta.find()).as(name + " in the page").isTrue();
		String content = meta.group(1);
		assertThat(meta.find()).as("a second " + name).isFalse();
		return HtmlUtils.htmlUnescape(content);
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return text(result);
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
