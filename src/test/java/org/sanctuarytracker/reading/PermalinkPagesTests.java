package org.sanctuarytracker.reading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement, policy and funding row has a page of its own to link to and cite: the
 * fact in full with its sources, and a citation that gives its date at the precision the
 * source supports, the page's own address and the day it was read.
 */
@TrackerTest
class PermalinkPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldShowAStatementInFullWithACitationAtItsMonth() {
		Made made = statement("2024-11-01", "MONTH");
		String page = body("/statements/" + made.statement);
		assertThat(page).contains("“We will not be intimidated " + made.slug + "”")
			.contains("href=\"/people/" + made.person + "\"")
			.contains("href=\"/jurisdictions/" + made.slug + "\"")
			.contains("Title at the time", "Mayor of Zz", "Said at a council meeting", "Supports sanctuary",
					"Quote (verbatim)", "Fox News")
			.contains("href=\"https://news.example/" + made.slug + "\"")
			.contains("<title>Person " + made.person + ": “We will not be intimidated " + made.slug
					+ "” — Sanctuary-policy tracker</title>")
			.contains("<meta name=\"description\" content=\"Person " + made.person + ": “We will not be intimidated")
			.contains("Cite this")
			.contains("Person " + made.person
					+ ", Mayor of Zz, November 2024, in The Zz Gazette, first reported by Fox News."
					+ " Sanctuary-policy tracker, http://localhost/statements/" + made.statement + " (retrieved "
					+ today() + ").")
			.doesNotContain("1 November 2024");
		// The copy button is for the script to show; the citation is text either way.
		assertThat(page).containsPattern("<button[^>]*copy-citation[^>]*hidden").contains("/assets/js/copy-citation");
	}

	@Test
	void shouldCiteAStatementAtItsYearOrAtItsSourcesDateWhenItHasNone() {
		Made year = statement("2019-01-01", "YEAR");
		assertThat(body("/statements/" + year.statement)).contains("Mayor of Zz, 2019, in The Zz Gazette")
			.doesNotContain("January 2019");
		Made undated = statement(null, null);
		this.jdbc.update("update source set published_on = date '2024-11-01', published_on_precision = 'MONTH'"
				+ " where id = (select source_id from statement where id = ?)", undated.statement);
		assertThat(body("/statements/" + undated.statement)).contains("Mayor of Zz, reported November 2024, in The Zz");
	}

	@Test
	void shouldCiteInSpanishWithSpanishDates() {
		Made made = statement("2024-11-19", "DAY");
		assertThat(body("/statements/" + made.statement + "?lang=es")).contains("Cómo citar")
			.contains("Mayor of Zz, 19 de noviembre de 2024, en The Zz Gazette")
			.contains("Monitor de políticas santuario, http://localhost/statements/" + made.statement
					+ " (consultado el ");
	}

	@Test
	void shouldShowAFundingRowAsRecordedWithItsCitation() {
		long place = this.fixtures.jurisdiction(Fixtures.unique("funded"), "CITY", "ZZ");
		long source = this.fixtures.source("Grant letter");
		this.jdbc.update(
				"update source set publisher = 'The Zz Gazette', url = 'https://news.example/grant' where id = ?",
				source);
		long amount = this.fixtures.funding(place, "Byrne JAG", new BigDecimal("250000.50"), source);
		this.jdbc.update("update funding_exposure set fiscal_year = 2025 where id = ?", amount);
		String name = this.jdbc.queryForObject("select name from jurisdiction where id = ?", String.class, place);
		assertThat(body("/funding/" + amount))
			.contains("<title>Byrne JAG, " + name + " — Sanctuary-policy tracker</title>")
			.contains("$250,000.50", "2025", "Threatened", "href=\"https://news.example/grant\"")
			.contains(name + ", Byrne JAG, $250,000.50 at risk, fiscal year 2025, Threatened, in The Zz Gazette."
					+ " Sanctuary-policy tracker, http://localhost/funding/" + amount + " (retrieved " + today()
					+ ").");
		// A share only: no amount is made up for it, and none is cited.
		long share = this.jdbc.queryForObject("""
				with f as (insert into funding_exposure (jurisdiction_id, program, share_of_budget_pct, status)
				    values (?, 'All federal funds', 12.5, 'THREATENED') returning id)
				insert into funding_exposure_citation (funding_exposure_id, source_id) select id, ? from f
				returning funding_exposure_id""", Long.class, place, source);
		assertThat(body("/funding/" + share)).contains("12.5%")
			.contains(name + ", All federal funds, 12.5% of the budget, Threatened, in The Zz Gazette.")
			.doesNotContain("at risk,");
	}

	@Test
	void shouldCiteAPolicyAtItsAdoptionMonth() {
		long place = this.fixtures.jurisdiction(Fixtures.unique("ordained"), "CITY", "ZZ");
		long source = this.fixtures.source("Council minutes");
		long policy = this.fixtures.policy(place, "Welcoming ordinance", "DECLINES_DETAINERS", source);
		String name = this.jdbc.queryForObject("select name from jurisdiction where id = ?", String.class, place);
		assertThat(body("/policies/" + policy))
			.contains("<title>Welcoming ordinance — Sanctuary-policy tracker</title>", "Declines ICE detainers")
			.contains(name + ", Welcoming ordinance, Ordinance, Enacted, adopted March 2020, in Council minutes."
					+ " Sanctuary-policy tracker, http://localhost/policies/" + policy)
			.doesNotContain("1 March 2020");
	}

	@Test
	void shouldAnswerAFriendly404ForAnUnknownRecord() {
		for (String uri : new String[] { "/statements/999999999", "/funding/999999999", "/policies/999999999" }) {
			assertThat(this.mvc.get().uri(uri)).as(uri)
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("Not found", "class=\"navbar-brand");
		}
		assertThat(this.mvc.get().uri("/statements/not-a-number")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/funding/not-a-number")).hasStatus(HttpStatus.NOT_FOUND);
		// Like every other page, past data is the API's and the exports'.
		Made made = statement("2024-11-01", "MONTH");
		assertThat(this.mvc.get().uri("/statements/" + made.statement + "?as_of=2024-12-01"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldLinkEveryFactToItsPageWhereverItIsShown() {
		Made made = statement("2024-11-01", "MONTH");
		long place = this.fixtures.idOf("jurisdiction", made.slug);
		long source = this.fixtures.source("Budget " + made.slug);
		long funding = this.fixtures.funding(place, "COPS", BigDecimal.TEN, source);
		long policy = this.fixtures.policy(place, "Trust act " + made.slug, null, source);
		String link = "href=\"/statements/" + made.statement + "\"";
		// The profile keeps its anchor for each statement.
		assertThat(body("/jurisdictions/" + made.slug)).contains(link, "id=\"statement-" + made.statement + "\"")
			.contains("href=\"/funding/" + funding + "\"", "href=\"/policies/" + policy + "\"");
		assertThat(body("/jurisdictions/" + made.slug + "/funding")).contains("href=\"/funding/" + funding + "\"");
		assertThat(body("/people/" + made.person)).contains(link);
		assertThat(body("/statements?person=" + made.person)).contains(link);
		assertThat(body("/search?q=intimidated+" + made.slug)).contains(link);
		assertThat(body("/sources/" + source)).contains("href=\"/funding/" + funding + "\"");
		assertThat(body("/compare?j=" + made.slug + "&j=chicago-il")).contains(link,
				"href=\"/funding/" + funding + "\"", "href=\"/policies/" + policy + "\"");
		long said = this.jdbc.queryForObject("select source_id from statement where id = ?", Long.class,
				made.statement);
		assertThat(body("/sources/" + said)).contains(link);
	}

	@Test
	void shouldRenderEachPageWithTheSameFewQueriesWhateverItCites() {
		long place = this.fixtures.jurisdiction(Fixtures.unique("cited"), "CITY", "ZZ");
		long first = this.fixtures.source("First");
		long oneSource = this.fixtures.funding(place, "One source", BigDecimal.ONE, first);
		long manySources = this.fixtures.funding(place, "Many sources", BigDecimal.ONE, first);
		long policyOne = this.fixtures.policy(place, "One source", "DECLINES_DETAINERS", first);
		long policyMany = this.fixtures.policy(place, "Many sources", "DECLINES_DETAINERS", first);
		for (int i = 0; i < 5; i++) {
			long more = this.fixtures.source("More " + i);
			this.jdbc.update("insert into funding_exposure_citation (funding_exposure_id, source_id) values (?, ?)",
					manySources, more);
			this.jdbc.update("insert into policy_citation (policy_id, source_id) values (?, ?)", policyMany, more);
		}
		assertThat(queriesFor("/funding/" + manySources)).isEqualTo(queriesFor("/funding/" + oneSource))
			.isLessThanOrEqualTo(2);
		assertThat(queriesFor("/policies/" + policyMany)).isEqualTo(queriesFor("/policies/" + policyOne))
			.isLessThanOrEqualTo(3);
		assertThat(queriesFor("/statements/" + statement("2024-11-01", "MONTH").statement)).isLessThanOrEqualTo(2);
	}

	private record Made(String slug, String person, long statement) {
	}

	/**
	 * A statement by a mayor, reported by a paper quoting Fox News, said on the date
	 * given.
	 */
	private Made statement(String statedOn, String precision) {
		String slug = Fixtures.unique("said");
		long place = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		String person = Fixtures.unique("mayor");
		long speaker = this.fixtures.person(person);
		long source = this.fixtures.source("Mayor defiant " + slug);
		this.jdbc.update("update source set publisher = 'The Zz Gazette', url = ? where id = ?",
				"https://news.example/" + slug, source);
		long statement = this.jdbc.queryForObject(
				"""
						insert into statement (person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, quote,
						    context, reported_by, stance, source_id)
						values (?, 'Mayor of Zz', ?, ?::date, ?, ?, 'Said at a council meeting', 'Fox News', 'SUPPORTS_SANCTUARY', ?)
						returning id""",
				Long.class, speaker, place, statedOn, precision, "We will not be intimidated " + slug, source);
		return new Made(slug, person, statement);
	}

	private String body(String uri) {
		try {
			var result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatusOk();
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long queriesFor(String uri) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	private static String today() {
		return LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
	}

}
