package org.sanctuarytracker.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.FormFiller;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;

/**
 * No page or form lists an unbounded number of records: with hundreds more jurisdictions,
 * people and speakers than any list may show, every edit form and list page stays small
 * and no select offers more than a few hundred options (choosing among thousands is a
 * search).
 */
@TrackerTest
class BoundedPagesTests {

	static final int MANY = 300;

	static final int MAX_OPTIONS = 250;

	static final int MAX_BYTES = 300_000;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private String tag;

	@BeforeEach
	void manyRecords() {
		this.tag = Fixtures.unique("many");
		// Set-based, as a national dataset would hold them: jurisdictions, people, and a
		// statement by each person (so the statement search has that many speakers).
		this.jdbc.update("""
				insert into jurisdiction (kind, name, slug, state_code)
				select 'CITY', 'Zz many ' || ? || ' ' || g, ? || '-' || g, 'ZZ' from generate_series(1, ?) g""",
				this.tag, this.tag, MANY);
		this.jdbc.update("""
				insert into person (name, slug, jurisdiction_id)
				select 'Zz many person ' || g, ? || '-p-' || g, j.id
				from generate_series(1, ?) g join jurisdiction j on j.slug = ? || '-' || g""", this.tag, MANY,
				this.tag);
		long source = this.fixtures.source("Many " + this.tag);
		this.jdbc.update(
				"""
						insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, stance, source_id)
						select p.id, p.jurisdiction_id, date '2024-01-01', 'DAY', 'Many words ' || p.slug, 'NEUTRAL', ?
						from person p where p.slug like ? || '-p-%'""",
				source, this.tag);
	}

	@AfterEach
	void noMoreOfThem() {
		String like = this.tag + "-%";
		this.jdbc.update("delete from statement where person_id in (select id from person where slug like ?)", like);
		this.jdbc.update("delete from person where slug like ?", like);
		this.jdbc.update("delete from jurisdiction where slug like ?", like);
	}

	@Test
	void shouldKeepEveryFormAndListSmallWhateverTheNumberOfRecords() {
		String place = Fixtures.unique("bounded");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String personSlug = this.tag + "-p-1";
		long person = this.fixtures.idOf("person", personSlug);
		long source = this.fixtures.source("Bounded source");
		long statement = this.fixtures.statement(person, jurisdiction, LocalDate.of(2024, 2, 1), "Bounded words",
				"NEUTRAL", source);
		long policy = this.fixtures.policy(jurisdiction, "Bounded policy", "DECLINES_DETAINERS", source);
		long funding = this.fixtures.funding(jurisdiction, "Bounded program", BigDecimal.TEN, source);
		long indicator = this.fixtures.indicator(jurisdiction, "MIGRANT_ARRIVALS", BigDecimal.ONE, source);
		long designation = this.fixtures.designation(jurisdiction, "Bounded list", source);
		String editor = uniqueUsername("bounded");

		List<String> pages = List.of("/jurisdictions/" + place + "/statements/new",
				"/statements/" + statement + "/edit", "/jurisdictions/" + place + "/policies/new",
				"/policies/" + policy + "/edit", "/jurisdictions/" + place + "/funding/new",
				"/funding/" + funding + "/edit", "/jurisdictions/" + place + "/indicators/new",
				"/indicators/" + indicator + "/edit", "/jurisdictions/" + place + "/designations/new",
				"/designations/" + designation + "/edit", "/jurisdictions/new", "/jurisdictions/" + place + "/edit",
				"/people/new", "/people/" + personSlug + "/edit", "/changes", "/statements", "/statements?q=many",
				"/jurisdictions", "/jurisdictions?q=many", "/jurisdictions/" + place, "/people/" + personSlug, "/");
		for (String page : pages) {
			MvcTestResult result = this.mvc.get().uri(page).with(editor(editor)).exchange();
			assertThat(result).as(page).hasStatusOk();
			assertBounded(page, body(result));
		}
		// A search in a picker offers a bounded number of matches however many match.
		FormFiller ed = new FormFiller(this.mvc, editor);
		String form = "/jurisdictions/" + place + "/statements/new";
		MvcTestResult found = ed.send(ed.open(form), form, "jurisdiction", "Zz many", "person", "Zz many person",
				"find", "jurisdiction");
		assertThat(found).hasStatusOk();
		String html = body(found);
		assertBounded(form + " (find)", html);
		assertThat(RecordPickerTests.matchesOf(html, "jurisdiction")).hasSize(20);
	}

	private static void assertBounded(String page, String html) {
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(page + " bytes")
			.isLessThanOrEqualTo(MAX_BYTES);
		Document document = Jsoup.parse(html);
		for (Element select : document.select("select")) {
			assertThat(select.select("option").size()).as(page + " select " + select.attr("name"))
				.isLessThanOrEqualTo(MAX_OPTIONS);
		}
		assertThat(document.select("input[type=radio], input[type=checkbox]").size()).as(page + " choices")
			.isLessThanOrEqualTo(MAX_OPTIONS);
	}

}
