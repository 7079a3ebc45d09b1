package org.sanctuarytracker.editing;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.FormFiller;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.errorAt;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.sanctuarytracker.support.EditingSupport.valueOf;

/**
 * The record picker, without JavaScript: Find re-renders the form with what was typed
 * kept and the matches as radio buttons, best first; the match chosen is what the save
 * files the record under; a slug typed exactly needs no search; a value that names no
 * record is an error at the field, not a 500.
 */
@TrackerTest
class RecordPickerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldFindKeepWhatWasTypedAndSaveTheMatchChosen() {
		String home = Fixtures.unique("pickhome");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, home);
		String target = Fixtures.unique("picktarget");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, target);
		long source = this.fixtures.source("Picker source");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));
		String url = "/jurisdictions/" + home + "/designations/new";
		// Part of the name, as an editor remembers it.
		String typed = target.substring("picktarget-".length());

		MvcTestResult found = ed.send(ed.open(url), url, "jurisdiction", typed, "listName", "Picked list", "find",
				"jurisdiction");

		assertThat(found).hasStatusOk();
		String html = body(found);
		assertThat(valueOf(html, "jurisdiction")).isEqualTo(typed);
		assertThat(valueOf(html, "listName")).isEqualTo("Picked list");
		List<String> matches = matchesOf(html, "jurisdiction");
		assertThat(matches).contains(target).hasSizeLessThanOrEqualTo(20);
		assertThat(html).contains(EditingSupport.jurisdictionName(target));

		MvcTestResult saved = ed.send(html, url, "picked[jurisdiction]", target, "listedOn", "2025-05", "sourceIds",
				String.valueOf(source), "editSummary", "Listed");

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(redirectOf(saved)).startsWith("/jurisdictions/" + target + "#");
		assertThat(this.jdbc.queryForObject("""
				select j.slug from designation d join jurisdiction j on j.id = d.jurisdiction_id
				where d.list_name = 'Picked list' and j.slug in (?, ?)""", String.class, home, target))
			.isEqualTo(target);
	}

	@Test
	void shouldOfferTheExactSlugFirstThenNamesStartingWithTheWords() {
		String exact = Fixtures.unique("pickorder");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, exact);
		// Contains the slug's words too, but is not it.
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, exact + "-annex");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));
		String url = "/jurisdictions/" + exact + "/funding/new";

		String html = body(ed.send(ed.open(url), url, "jurisdiction", exact, "find", "jurisdiction"));

		assertThat(matchesOf(html, "jurisdiction")).startsWith(exact, exact + "-annex");
	}

	@Test
	void shouldSaveAnExactSlugTypedWithoutASearch() {
		String home = Fixtures.unique("pickslug");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, home);
		String target = Fixtures.unique("pickslugged");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, target);
		long source = this.fixtures.source("Picker source");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));

		String saved = ed.submit("/jurisdictions/" + home + "/indicators/new", "jurisdiction", target, "metric",
				"MIGRANT_ARRIVALS", "value", "12", "asOf", "2024", "sourceIds", String.valueOf(source), "editSummary",
				"Counted");

		assertThat(saved).startsWith("/jurisdictions/" + target + "#");
	}

	@Test
	void shouldAnswerAnUnknownJurisdictionWithAnErrorAtTheField() {
		String home = Fixtures.unique("pickunknown");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, home);
		long source = this.fixtures.source("Picker source");
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));
		String url = "/jurisdictions/" + home + "/designations/new";

		MvcTestResult refused = ed.send(ed.open(url), url, "jurisdiction", "no-such-place-anywhere", "listName",
				"Unknown list", "listedOn", "2025-05", "sourceIds", String.valueOf(source), "editSummary", "Listed");

		assertThat(refused).hasStatusOk();
		String html = body(refused);
		assertThat(errorAt(html, "jurisdiction")).contains("no-such-place-anywhere").contains("Find");
		assertThat(valueOf(html, "jurisdiction")).isEqualTo("no-such-place-anywhere");
		assertThat(valueOf(html, "listName")).isEqualTo("Unknown list");
	}

	@Test
	void shouldPickTheJurisdictionOfATermOfOffice() {
		String place = Fixtures.unique("pickterm");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));
		String typed = place.substring("pickterm-".length());

		String html = body(ed.send(ed.open("/people/new"), "/people/new", "name", "Term Picker",
				"terms[0].jurisdiction", typed, "find", "terms[0].jurisdiction"));

		assertThat(valueOf(html, "terms[0].jurisdiction")).isEqualTo(typed);
		assertThat(matchesOf(html, "terms_0__jurisdiction")).contains(place);
	}

	@Test
	void shouldNameTheChosenRecordBesideItsSlug() {
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));

		Document page = Jsoup.parse(ed.open("/jurisdictions/chicago-il/statements/new"));

		assertThat(page.select("input[name=jurisdiction]").val()).isEqualTo("chicago-il");
		assertThat(page.select("#jurisdiction-named").text()).contains("Chicago").contains("IL").contains("City");
	}

	@Test
	void shouldOfferSpeakersWithTheirTitleAndPlace() {
		String slug = Fixtures.unique("picktitle");
		long person = this.fixtures.person(slug);
		this.jdbc.update(
				"update person set current_title = 'Deputy Mayor',"
						+ " jurisdiction_id = (select id from jurisdiction where slug = 'chicago-il') where id = ?",
				person);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("picker"));
		String url = "/jurisdictions/chicago-il/statements/new";

		String html = body(ed.send(ed.open(url), url, "person", slug, "find", "person"));

		assertThat(offered(html, slug)).contains(", Deputy Mayor, Chicago " + slug);
	}

	/** How a picker's search offers a record. */
	private static String offered(String html, String slug) {
		return Jsoup.parse(html).select("div.form-check:has(input[value=" + slug + "]) label").text();
	}

	/** The slugs a picker's search offers, in order. */
	static List<String> matchesOf(String html, String key) {
		return Jsoup.parse(html).select("input[type=radio][name=\"picked[" + key + "]\"]").eachAttr("value");
	}

}
