package org.sanctuarytracker.editing;

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
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.sanctuarytracker.support.EditingSupport.valueOf;

/**
 * The citation picker's search button, which works without JavaScript: a form sent with
 * it comes back as typed, offering the sources that match, and neither checks nor saves
 * anything (its own handlers, mapped by the button's name).
 */
@TrackerTest
class SourceSearchButtonTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldOfferTheMatchingSourcesOnANewFormAndSaveNothing() {
		String place = Fixtures.unique("search-new");
		long placeId = EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String word = Fixtures.unique("Zanzibarish").replace('-', ' ');
		long source = this.fixtures.source("Report on " + word);
		FormFiller editor = new FormFiller(this.mvc, uniqueUsername("search"));
		String url = "/jurisdictions/" + place + "/policies/new";

		// A title typed, nothing else required: a save would be refused, a search is not.
		MvcTestResult searched = editor.send(editor.open(url), url, "title", "Typed title " + place, "sourceQuery",
				word, "searchSources", "1");

		assertThat(searched).hasStatusOk();
		String html = body(searched);
		assertThat(valueOf(html, "title")).isEqualTo("Typed title " + place);
		assertThat(html).contains("value=\"" + source + "\"").contains("Report on " + word);
		assertThat(html).doesNotContain("is-invalid");
		assertThat(
				this.jdbc.queryForObject("select count(*) from policy where jurisdiction_id = ?", Long.class, placeId))
			.isZero();
	}

	@Test
	void shouldKeepTheInputAndSayWhatCouldNotBeReadWhenASearchCarriesADateThatIsNone() {
		String place = Fixtures.unique("search-bad-date");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		FormFiller editor = new FormFiller(this.mvc, uniqueUsername("search"));
		String url = "/jurisdictions/" + place + "/policies/new";

		MvcTestResult searched = editor.send(editor.open(url), url, "title", "Half typed " + place, "adoptedOn",
				"2024-02-30", "sourceQuery", "anything", "searchSources", "1");

		assertThat(searched).hasStatusOk();
		String html = body(searched);
		assertThat(valueOf(html, "title")).isEqualTo("Half typed " + place);
		assertThat(valueOf(html, "adoptedOn")).isEqualTo("2024-02-30");
		assertThat(html).contains("there is no 30 February 2024");
	}

	@Test
	void shouldOfferTheMatchingSourcesOnAnEditFormAndChangeNothing() {
		String place = Fixtures.unique("search-edit");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String word = Fixtures.unique("Quokkaesque").replace('-', ' ');
		long source = this.fixtures.source("Memo on " + word);
		FormFiller editor = new FormFiller(this.mvc, uniqueUsername("search"));
		String saved = editor.submit("/jurisdictions/" + place + "/policies/new", "title", "Policy " + place,
				"instrument", "ORDINANCE", "status", "ENACTED", "sourceIds",
				String.valueOf(this.fixtures.source("First " + place)), "editSummary", "New policy");
		long policy = EditingSupport.trailingId(saved);
		String url = "/policies/" + policy + "/edit";

		MvcTestResult searched = editor.send(editor.open(url), url, "title", "", "sourceQuery", word, "searchSources",
				"1");

		assertThat(searched).hasStatusOk();
		String html = body(searched);
		assertThat(valueOf(html, "title")).as("the title as typed, emptied").isEmpty();
		assertThat(html).contains("value=\"" + source + "\"").doesNotContain("is-invalid");
		assertThat(this.jdbc.queryForObject("select title from policy where id = ?", String.class, policy))
			.isEqualTo("Policy " + place);
		assertThat(editor.send(editor.open(url), url, "title", "Policy renamed " + place, "editSummary", "Renamed"))
			.as("the form still saves")
			.hasStatus(HttpStatus.FOUND);
	}

}
