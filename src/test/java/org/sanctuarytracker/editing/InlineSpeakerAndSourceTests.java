package org.sanctuarytracker.editing;

import java.time.LocalDate;
import java.util.Map;

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
 * A statement by someone not yet on record, with a source typed in the same form: one
 * form, one save, one revision, without JavaScript; the speaker picker offers the
 * jurisdiction's people first and the citation picker its sources already cited.
 */
@TrackerTest
class InlineSpeakerAndSourceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldAddTheNewSpeakerAndTheNewSourceWithTheStatementInOneRevision() {
		String place = Fixtures.unique("inlineplace");
		long placeId = EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("inline"));
		String name = "Marisol " + Fixtures.unique("Quintero").replace('-', ' ');
		String url = "/jurisdictions/" + place + "/statements/new";

		String saved = ed.submit(url, "newPerson.name", name, "newPerson.title", "Mayor", "quote",
				"We will not use city police for deportations.", "statedOn", "2026-12-01", "stance", "NEUTRAL",
				"newSource.title", "Mayor speaks on enforcement", "newSource.publisher", "The Daily Record",
				"newSource.url", "https://example.org/mayor", "newSource.accessedOn", "2026-12-01",
				"newSource.archiveUrl", "https://web.archive.org/web/2026/https://example.org/mayor", "editSummary",
				"Mayor's statement this morning");

		assertThat(saved).contains("statement");
		Map<String, Object> row = this.jdbc.queryForMap("""
				select p.name, p.current_title, p.jurisdiction_id, st.speaker_title, src.accessed_on, src.archive_url,
				       (select max(rev) from person_aud a where a.id = p.id) as person_rev,
				       (select max(rev) from statement_aud a where a.id = st.id) as statement_rev,
				       (select max(rev) from source_aud a where a.id = src.id) as source_rev
				from statement st join person p on p.id = st.person_id join source src on src.id = st.source_id
				where st.jurisdiction_id = ?""", placeId);
		assertThat(row.get("name")).isEqualTo(name);
		assertThat(row.get("current_title")).isEqualTo("Mayor");
		assertThat(row.get("jurisdiction_id")).isEqualTo(placeId);
		assertThat(row.get("speaker_title")).isEqualTo("Mayor");
		assertThat(row.get("accessed_on").toString()).isEqualTo(LocalDate.of(2026, 12, 1).toString());
		assertThat(row.get("archive_url")).isEqualTo("https://web.archive.org/web/2026/https://example.org/mayor");
		assertThat(row.get("person_rev")).as("the speaker, the source and the statement are one revision")
			.isEqualTo(row.get("statement_rev"))
			.isEqualTo(row.get("source_rev"));
	}

	@Test
	void shouldKeepEverythingTypedWhenTheNewSpeakerIsAlreadyOnRecord() {
		String place = Fixtures.unique("inlinedup");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String slug = Fixtures.unique("known-speaker");
		this.fixtures.person(slug);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("inline"));
		String url = "/jurisdictions/" + place + "/statements/new";

		MvcTestResult refused = ed.send(ed.open(url), url, "newPerson.name", "Person " + slug, "quote",
				"Typed words kept.", "stance", "NEUTRAL", "newSource.title", "A typed source", "editSummary", "x");

		assertThat(refused).hasStatusOk();
		String html = body(refused);
		assertThat(errorAt(html, "newPerson.name")).contains("is already on record (" + slug + ")");
		assertThat(valueOf(html, "quote")).isEqualTo("Typed words kept.");
		assertThat(valueOf(html, "newSource.title")).isEqualTo("A typed source");
		assertThat(html).contains("<details class=\"mb-3 border rounded px-2 py-1\" id=\"new-person\" open");
	}

	@Test
	void shouldAskForASpeakerOrANewPersonInBothLanguages() {
		String place = Fixtures.unique("inlinenone");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("inline"));
		String url = "/jurisdictions/" + place + "/statements/new";

		String english = body(ed.send(ed.open(url), url, "quote", "Words.", "editSummary", "x"));
		FormFiller spanishEditor = ed.inLanguage("es");
		String spanish = body(spanishEditor.send(spanishEditor.open(url), url, "quote", "Words.", "editSummary", "x"));

		assertThat(errorAt(english, "person")).isEqualTo("choose the speaker, or add a new person below");
		assertThat(errorAt(spanish, "person")).isEqualTo("elija al autor o añada una persona nueva abajo");
	}

	@Test
	void shouldRefuseBothASpeakerOnRecordAndANewOne() {
		String place = Fixtures.unique("inlineboth");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String slug = Fixtures.unique("picked-speaker");
		this.fixtures.person(slug);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("inline"));
		String url = "/jurisdictions/" + place + "/statements/new";

		MvcTestResult refused = ed.send(ed.open(url), url, "person", slug, "newPerson.name", "Someone Else Entirely",
				"quote", "Words.", "stance", "NEUTRAL", "newSource.title", "S", "editSummary", "x");

		assertThat(refused).hasStatusOk();
		assertThat(errorAt(body(refused), "person")).startsWith("choose a speaker on record or add a new one");
	}

	@Test
	void shouldOfferTheJurisdictionsPeopleAndItsCitedSourcesFirst() {
		String place = Fixtures.unique("inlinesuggest");
		long placeId = EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		String local = Fixtures.unique("local-official");
		long localId = this.fixtures.person(local);
		this.jdbc.update("update person set jurisdiction_id = ? where id = ?", placeId, localId);
		String visitor = Fixtures.unique("visiting-official");
		long visitorId = this.fixtures.person(visitor);
		long cited = this.fixtures.source("Cited before for " + place);
		this.fixtures.statement(visitorId, placeId, LocalDate.of(2025, 1, 2), "Earlier words.", "NEUTRAL", cited);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("inline"));
		String url = "/jurisdictions/" + place + "/statements/new";

		String html = ed.open(url);

		assertThat(html).contains("Of this jurisdiction: choose one, then save");
		assertThat(html.indexOf("value=\"" + local + "\"")).isPositive()
			.isLessThan(html.indexOf("value=\"" + visitor + "\""));
		assertThat(html).contains("Already cited for this jurisdiction");
		int group = html.indexOf("Already cited for this jurisdiction");
		assertThat(html.indexOf("id=\"source-choice-" + cited + "\"")).isGreaterThan(group)
			.isLessThan(html.indexOf("Newest sources") < 0 ? Integer.MAX_VALUE : html.indexOf("Newest sources"));

		MvcTestResult saved = ed.send(html, url, "picked[person]", local, "quote", "Chosen from the suggestions.",
				"stance", "NEUTRAL", "sourceIds", String.valueOf(cited), "editSummary", "Suggested speaker");
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from statement where person_id = ? and quote = 'Chosen from the suggestions.'",
				Long.class, localId))
			.isEqualTo(1);
	}

	@Test
	void shouldSuggestTheSourcesThisEditorUsedRecently() {
		String first = Fixtures.unique("inlinerecent");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, first);
		String second = Fixtures.unique("inlinerecent");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, second);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("recent"));
		String sourceTitle = "Recently used " + first;
		ed.submit("/jurisdictions/" + first + "/statements/new", "newPerson.name", "Recent " + first.replace('-', ' '),
				"quote", "Recent words.", "stance", "NEUTRAL", "newSource.title", sourceTitle, "editSummary", "Stated");

		String html = ed.open("/jurisdictions/" + second + "/designations/new");
		String other = new FormFiller(this.mvc, uniqueUsername("other"))
			.open("/jurisdictions/" + second + "/designations/new");

		int group = html.indexOf("You used recently");
		assertThat(group).isPositive();
		assertThat(html.indexOf(sourceTitle)).isGreaterThan(group);
		assertThat(other).doesNotContain("You used recently");
	}

}
