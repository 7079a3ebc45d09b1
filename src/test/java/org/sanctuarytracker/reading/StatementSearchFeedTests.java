package org.sanctuarytracker.reading;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved statement search can be followed as an Atom feed: the page names it for feed
 * readers and links to it, and the feed carries the newest statements the same filters
 * find, at most fifty, each entry the statement's permalink.
 */
@TrackerTest
class StatementSearchFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldFeedTheNewestStatementsTheSearchFindsEachAtItsPermalink() {
		String word = word();
		Speaker speaker = speaker();
		long oldest = said(speaker, "2019-03-04", word + " is our promise", "SUPPORTS_SANCTUARY");
		long newest = said(speaker, "2025-05-06", "We keep the " + word + " ordinance", "OPPOSES_SANCTUARY");
		long middle = said(speaker, "2022-01-02", "The " + word + " stays", "SUPPORTS_SANCTUARY");
		long unrelated = said(speaker, "2025-06-07", "Nothing to see here", "SUPPORTS_SANCTUARY");

		String feed = feed("/statements.atom?q=" + word);
		assertThat(entries(feed)).containsExactly(newest, middle, oldest).doesNotContain(unrelated);
		assertThat(feed).contains("<title>Sanctuary-policy tracker: statements matching " + word + "</title>")
			.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/statements.atom?q="
					+ word + "\" />")
			.contains(
					"<link rel=\"alternate\" type=\"text/html\" href=\"http://localhost/statements?q=" + word + "\" />")
			.contains("<link rel=\"alternate\" href=\"http://localhost/statements/" + newest + "\" />");

		// The page's other filters narrow the feed as they narrow the page.
		assertThat(entries(feed("/statements.atom?q=" + word + "&stance=SUPPORTS_SANCTUARY&from=2020-01-01")))
			.containsExactly(middle);
		assertThat(entries(feed("/statements.atom?person=" + speaker.slug + "&to=2022-12-31"))).containsExactly(middle,
				oldest);
	}

	@Test
	void shouldCarryTheNewestFiftyWithoutAQueryPerEntry() {
		String word = word();
		Speaker speaker = speaker();
		List<Long> made = new ArrayList<>();
		for (int day = 0; day < 55; day++) {
			made.add(said(speaker, LocalDate.of(2020, 1, 1).plusDays(day).toString(), "Day " + day + " of " + word,
					"NEUTRAL"));
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		List<Long> entries = entries(feed("/statements.atom?q=" + word));
		assertThat(statistics.getPrepareStatementCount()).as("queries through Hibernate").isLessThanOrEqualTo(3);
		List<Long> newestFirst = new ArrayList<>(made);
		Collections.reverse(newestFirst);
		assertThat(entries).hasSize(StatementSearchFeedController.FEED_SIZE)
			.isEqualTo(newestFirst.subList(0, StatementSearchFeedController.FEED_SIZE));
		// The page's paging is the page's: the feed is always the newest.
		assertThat(entries(feed("/statements.atom?q=" + word + "&page=3&size=5"))).isEqualTo(entries);
	}

	@Test
	void shouldAnswer400ForFiltersThePageWouldRefuse() {
		for (String bad : List.of("/statements.atom?stance=NOT_A_STANCE",
				"/statements.atom?from=2025-01-01&to=2024-01-01", "/statements.atom?from=yesterday",
				"/statements.atom?person=Not%20A%20Slug", "/statements.atom?q=" + "x".repeat(201))) {
			assertThat(this.mvc.get().uri(bad)).as(bad).hasStatus(400);
			assertThat(this.mvc.get().uri(bad.replace(".atom", ""))).as("the page: " + bad).hasStatus(400);
		}
	}

	@Test
	void shouldFeedAPersonsStatementsNewestFirstWithTheirWordsAndDate() {
		Speaker speaker = speaker();
		String word = word();
		long older = said(speaker, "2021-03-01", "Older words " + word, "NEUTRAL");
		long newer = said(speaker, "2024-06-01", "Newer words " + word, "NEUTRAL");
		MvcTestResult result = this.mvc.get().uri("/people/{slug}/statements.atom", speaker.slug).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
		String feed = text(result);
		assertThat(entries(feed)).containsExactly(newer, older);
		assertThat(feed).contains("<title>Sanctuary-policy tracker: statements by Person " + speaker.slug + "</title>")
			.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/people/" + speaker.slug
					+ "/statements.atom\" />")
			.contains("<summary type=\"text\">1 June 2024. Newer words " + word + "</summary>");
	}

	@Test
	void shouldNameTheSearchFeedInThePageHeadAndLinkToIt() {
		String page = text(
				this.mvc.get().uri("/statements?q=detainers&stance=SUPPORTS_SANCTUARY&page=2&lang=en").exchange());
		// The filters, neither the page nor the language switch.
		String feed = "/statements.atom?q=detainers&amp;stance=SUPPORTS_SANCTUARY";
		assertThat(page)
			.containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"" + Pattern.quote(feed)
					+ "\"\\s+title=\"Sanctuary-policy tracker: statements matching detainers\">")
			.contains("<a href=\"" + feed + "\">Follow this search (Atom feed)</a>");
		assertThat(text(this.mvc.get().uri("/statements?lang=es").exchange()))
			.containsPattern("href=\"/statements.atom\"\\s+title=\"Monitor de políticas santuario: declaraciones\">")
			.contains(">Seguir esta búsqueda (canal Atom)</a>");
	}

	private record Speaker(String slug, long id, long place, long source) {
	}

	private Speaker speaker() {
		String slug = Fixtures.unique("follower");
		return new Speaker(slug, this.fixtures.person(slug), this.fixtures.jurisdiction(slug, "CITY", "ZZ"),
				this.fixtures.source("Report " + slug));
	}

	private long said(Speaker speaker, String on, String quote, String stance) {
		return this.fixtures.statement(speaker.id, speaker.place, LocalDate.parse(on), quote, stance, speaker.source);
	}

	/**
	 * A word no other statement holds: letters only, one term for the full-text search.
	 */
	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private String feed(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		return text(result);
	}

	/** The statements the feed's entries are, in its order. */
	private static List<Long> entries(String feed) {
		List<Long> ids = new ArrayList<>();
		Matcher id = Pattern.compile("<id>http://localhost/statements/(\\d+)</id>").matcher(feed);
		while (id.find()) {
			ids.add(Long.parseLong(id.group(1)));
		}
		assertThat(ids).as("entries").hasSize(feed.split("<entry>", -1).length - 1);
		return ids;
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
