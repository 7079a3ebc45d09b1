package org.sanctuarytracker.statement;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search over quotes and context, with its filters.
 */
@TrackerTest
class StatementPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementService statements;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCountToABoundRankTheNewestMatchesAndPageOnByDate() {
		String word = "xylo" + Fixtures.unique("w").replaceAll("[^a-z]", "");
		long place = this.fixtures.jurisdiction(Fixtures.unique("many"), "CITY", "ZZ");
		long person = this.fixtures.person(Fixtures.unique("talker"));
		long source = this.fixtures.source("Many statements");
		this.jdbc.update(
				"""
						insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance, source_id)
						select ?, ?, date '2000-01-01' + g, 'DAY', 'Statement ' || g || ' says ' || ?, 'NEUTRAL', ?
						from generate_series(1, 1030) g""",
				person, place, word, source);
		assertThat(this.mvc.get().uri("/statements?q={q}", word)).hasStatusOk()
			.bodyText()
			.contains("Showing 1 to 20 of more than 1,000", "The 1,000 newest matches come first")
			.doesNotContain("Page 1 of");
		// Page 50 is the last ranked one; 51 goes on by date (30 to 11; 52 holds 10 to
		// 1).
		assertThat(this.mvc.get().uri("/statements?q={q}&page=51", word)).hasStatusOk()
			.bodyText()
			.contains("“Statement 30 says", "“Statement 11 says")
			.doesNotContain("“Statement 31 says", "“Statement 10 says");
		assertThat(
				this.mvc.get()
					.uri("/statements?jurisdiction={j}&page=51", this.jdbc
						.queryForObject("select slug from jurisdiction where id = ?", String.class, place)))
			.hasStatusOk()
			.bodyText()
			.contains("“Statement 30 says", "Next");
	}

	@Test
	void shouldRankTheNewestMatchesOfACommonPhraseAndLeaveOutTheWordsInAnotherOrder() {
		// More than a thousand matches of a phrase: the newest are found by walking the
		// statements newest first (StatementSearch.WALK); the same words in the other
		// order, on every other day, are not the phrase.
		String first = "quorp" + Fixtures.unique("a").replaceAll("[^a-z]", "");
		String second = "vexil" + Fixtures.unique("b").replaceAll("[^a-z]", "");
		long place = this.fixtures.jurisdiction(Fixtures.unique("phrases"), "CITY", "ZZ");
		long person = this.fixtures.person(Fixtures.unique("phraser"));
		long source = this.fixtures.source("Many phrases");
		this.jdbc.update(
				"""
						insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance, source_id)
						select ?, ?, date '2001-01-01' + 2 * g, 'DAY', 'Phrase ' || g || ' says ' || ? || ' ' || ?, 'NEUTRAL', ?
						from generate_series(1, 1030) g
						union all
						select ?, ?, date '2001-01-02' + 2 * g, 'DAY', 'Reversed ' || g || ' says ' || ? || ' ' || ?, 'NEUTRAL', ?
						from generate_series(1, 1030) g""",
				person, place, first, second, source, person, place, second, first, source);
		String phrase = "\"" + first + " " + second + "\"";
		assertThat(this.mvc.get().uri("/statements?q={q}", phrase)).hasStatusOk()
			.bodyText()
			.contains("Showing 1 to 20 of more than 1,000", "“Phrase 1030 says", "“Phrase 1011 says")
			.doesNotContain("“Phrase 1010 says", "Reversed");
		// Page 50 is the last ranked one: the thousandth newest match is Phrase 31.
		assertThat(this.mvc.get().uri("/statements?q={q}&page=50", phrase)).hasStatusOk()
			.bodyText()
			.contains("“Phrase 31 says", "“Phrase 50 says")
			.doesNotContain("“Phrase 30 says", "Reversed");
		// Both words, in any order: the union of both.
		assertThat(this.mvc.get().uri("/statements?q={q}", first + " " + second)).hasStatusOk()
			.bodyText()
			.contains("“Phrase 1030 says", "“Reversed 1030 says");
	}

	@Test
	void shouldDateAnUndatedStatementByItsSourceAndFollowTheSourceWhenItsDateChanges() {
		long place = this.fixtures.jurisdiction(Fixtures.unique("undated"), "CITY", "ZZ");
		long person = this.fixtures.person(Fixtures.unique("speaker"));
		long source = this.fixtures.source("Undated report");
		this.jdbc.update(
				"update source set published_on = date '2021-03-01', published_on_precision = 'MONTH' where id = ?",
				source);
		long statement = this.jdbc.queryForObject(
				"""
						insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance, source_id)
						values (?, ?, null, null, 'Undated words', 'NEUTRAL', ?) returning id""",
				Long.class, person, place, source);
		assertThat(this.jdbc.queryForMap("select said_on, said_on_precision from statement where id = ?", statement))
			.containsEntry("said_on", java.sql.Date.valueOf("2021-03-01"))
			.containsEntry("said_on_precision", "MONTH");
		this.jdbc.update(
				"update source set published_on = date '2022-05-09', published_on_precision = 'DAY' where id = ?",
				source);
		assertThat(this.jdbc.queryForMap("select said_on, said_on_precision from statement where id = ?", statement))
			.containsEntry("said_on", java.sql.Date.valueOf("2022-05-09"))
			.containsEntry("said_on_precision", "DAY");
		this.jdbc.update(
				"update statement set stated_on = date '2020-01-01', stated_on_precision = 'YEAR' where id = ?",
				statement);
		assertThat(this.jdbc.queryForMap("select said_on, said_on_precision from statement where id = ?", statement))
			.containsEntry("said_on", java.sql.Date.valueOf("2020-01-01"))
			.containsEntry("said_on_precision", "YEAR");
	}

	@Test
	void shouldFindTheQuotesThatSaySanctuary() {
		assertThat(this.mvc.get().uri("/statements?q=sanctuary")).hasStatusOk()
			.bodyText()
			.contains("It always will be a sanctuary city")
			.contains("We will cancel all federal funding to sanctuary cities")
			.doesNotContain("They’re mobilizing");
	}

	@Test
	void shouldMatchWordFormsAndWebSearchSyntax() {
		assertThat(this.mvc.get().uri("/statements?q=deportations")).bodyText()
			.contains("the instructions of the federal government in cases of mass deportations")
			.contains("hunt down, arrest and deport");
		assertThat(this.mvc.get().uri("/statements?q=\"federal funding\" -cancel")).bodyText()
			.doesNotContain("We will cancel all federal funding");
	}

	@Test
	void shouldSearchTheContextToo() {
		assertThat(this.mvc.get().uri("/statements?q=Colorado Public Radio")).bodyText()
			.contains("forcibly take our neighbors away from us");
	}

	@Test
	void shouldFilterByStanceJurisdictionAndPerson() {
		assertThat(this.mvc.get().uri("/statements?stance=OPPOSES_SANCTUARY&jurisdiction=chicago-il")).bodyText()
			.contains("get the hell out of the way")
			.contains("We need those funds")
			.doesNotContain("It always will be a sanctuary city");
		assertThat(this.mvc.get().uri("/statements?person=tom-homan")).bodyText()
			.contains("get the hell out of the way")
			.contains("with you or without you")
			// Kept in the form: a chosen option while people are few, else the text field
			// (other tests add hundreds of people to the shared database).
			.containsPattern(
					"<option value=\"tom-homan\" selected=\"selected\">Tom Homan</option>|<input[^>]*name=\"person\"[^>]*value=\"tom-homan\"|<input[^>]*value=\"tom-homan\"[^>]*name=\"person\"")
			.doesNotContain("Rahm Emanuel</a>");
	}

	@Test
	void shouldFilterByDateCountingMonthAndYearPrecision() {
		assertThat(this.mvc.get().uri("/statements?from=2016-11-15&to=2016-12-31")).bodyText()
			.contains("It always will be a sanctuary city")
			.contains("We expect there could be actions right away.")
			.doesNotContain("get the hell out of the way");
	}

	@Test
	void shouldPageResultsAndKeepTheSearchInTheForm() {
		assertThat(this.mvc.get().uri("/statements?q=sanctuary&size=1&page=2")).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 2 to 2 of \\d+")
			.contains("value=\"sanctuary\"")
			.contains("q=sanctuary&amp;size=1&amp;page=1");
	}

	@Test
	void shouldAnswer400ForMalformedParameters() {
		assertThat(this.mvc.get().uri("/statements?from=notadate")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("from: must be a date written as YYYY-MM-DD (given: “notadate”)");
		assertThat(this.mvc.get().uri("/statements?stance=ANGRY")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/statements?from=2020-01-01&to=2019-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("the start date must not be after the end date");
		assertThat(this.mvc.get().uri("/statements?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldOfferTheSpeakerAndPlaceChoicesOnlyWhileTheListsStayShort() {
		// The demo data has a handful of each: lists; beyond the bound, none (a text
		// field).
		assertThat(this.statements.speakers(1000)).get().asList().hasSizeGreaterThan(1);
		assertThat(this.statements.speakers(1)).isEmpty();
		// The places are bounded by every jurisdiction first: the reference data alone
		// has 3,287, so the page (which asks for far fewer) gets a text field.
		assertThat(this.statements.subjects(1000)).isEmpty();
		assertThat(this.statements.subjects(1_000_000)).get().asList().hasSizeGreaterThan(1);
		assertThat(this.statements.subjects(1)).isEmpty();
	}

}
