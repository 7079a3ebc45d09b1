package org.sanctuarytracker.statement;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.errorAt;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.sanctuarytracker.support.EditingSupport.valueOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An editor adds and edits a statement: with a source typed in place, with mistakes the
 * form points out without losing the input, and against another editor who saved first.
 */
@TrackerTest
class StatementEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldCreateAStatementCitingASourceTypedInPlaceAndRecordItInTheChanges() {
		String slug = Fixtures.unique("statements");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		String username = uniqueUsername("ed");
		String quote = "We will keep every promise we made " + slug;
		String sourceTitle = "Council minutes " + slug;
		String summary = "Added the pledge from the council minutes " + slug;

		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", slug)
			.with(csrf())
			.with(editor(username))
			.params(form("person", person, "jurisdiction", slug, "speakerTitle", "Mayor", "statedOn", "2024-11-19",
					"quote", quote, "context", "At a press conference", "stance", "SUPPORTS_SANCTUARY", "editSummary",
					summary))
			.param("newSource.title", sourceTitle)
			.param("newSource.publisher", "Test Gazette")
			.param("newSource.url", "https://example.org/minutes")
			.param("newSource.publishedOn", "2024-11")
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/statements/");
		assertThat(created).flash()
			.containsEntry("message", "flash.created")
			.containsEntry("messageArgument", quote + ".");
		long id = trailingId(redirectOf(created));
		Map<String, Object> row = this.jdbc.queryForMap("""
				select s.quote, s.speaker_title, s.stated_on_precision, src.title, src.publisher, src.url,
				       src.published_on_precision
				from statement s join source src on src.id = s.source_id where s.id = ?""", id);
		assertThat(row).containsEntry("quote", quote)
			.containsEntry("speaker_title", "Mayor")
			.containsEntry("stated_on_precision", "DAY")
			.containsEntry("title", sourceTitle)
			.containsEntry("publisher", "Test Gazette")
			.containsEntry("url", "https://example.org/minutes")
			.containsEntry("published_on_precision", "MONTH");

		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).hasStatusOk()
			.bodyText()
			.contains("id=\"statement-" + id + "\"")
			.contains("“" + quote + "”")
			.contains(", Mayor")
			.contains("19 November 2024")
			.contains(sourceTitle);
		assertThat(this.mvc.get().uri("/changes")).hasStatusOk()
			.bodyText()
			.contains("id=\"revision-")
			.contains("-statements-" + id + "\"")
			.contains(quote)
			.contains(summary)
			.contains("<span>" + username + "</span>");
		assertThat(this.mvc.get().uri("/changes?editor=" + username)).hasStatusOk()
			.bodyText()
			.contains(quote)
			.contains(sourceTitle)
			.contains(summary);
		assertThat(this.mvc.get().uri("/changes.atom")).hasStatusOk()
			.bodyText()
			.contains(summary)
			.contains("<name>" + username + "</name>")
			.contains("/statements/" + id + "/history");
	}

	@Test
	void shouldShowTheFormAgainWithEveryTypedValueAndTheErrorAtEachField() {
		String slug = Fixtures.unique("statements");
		long jurisdictionId = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		String sourceTitle = "Radio transcript " + slug;

		MvcTestResult invalid = this.mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", slug)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.params(form("person", person, "jurisdiction", slug, "speakerTitle", "Chief of Police", "statedOn",
					"2024-13", "quote", "   ", "context", "Said on the morning show", "stance", "OPPOSES_SANCTUARY",
					"editSummary", ""))
			.param("newSource.title", sourceTitle)
			.param("newSource.publisher", "Test Radio")
			.param("newSource.url", "https://example.org/radio")
			.param("newSource.publishedOn", "2024-10-02")
			.exchange();

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(valueOf(html, "person")).isEqualTo(person);
		assertThat(valueOf(html, "jurisdiction")).isEqualTo(slug);
		assertThat(valueOf(html, "speakerTitle")).isEqualTo("Chief of Police");
		assertThat(valueOf(html, "statedOn")).isEqualTo("2024-13");
		assertThat(valueOf(html, "context")).isEqualTo("Said on the morning show");
		assertThat(valueOf(html, "stance")).isEqualTo("OPPOSES_SANCTUARY");
		assertThat(valueOf(html, "newSource.title")).isEqualTo(sourceTitle);
		assertThat(valueOf(html, "newSource.publisher")).isEqualTo("Test Radio");
		assertThat(valueOf(html, "newSource.url")).isEqualTo("https://example.org/radio");
		assertThat(valueOf(html, "newSource.publishedOn")).isEqualTo("2024-10-02");
		assertThat(errorAt(html, "quote"))
			.isEqualTo("type the words said (a quote) or the source’s own wording (a paraphrase)");
		assertThat(errorAt(html, "editSummary")).isEqualTo("Every save needs a one-line edit summary");
		assertThat(errorAt(html, "statedOn")).isEqualTo("there is no month 13: months go from 01 to 12");
		assertThat(errorAt(html, "speakerTitle")).isNull();
		assertThat(EditingSupport.control(html, "quote")).contains("is-invalid");
		assertThat(EditingSupport.control(html, "speakerTitle")).doesNotContain("is-invalid");

		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				jurisdictionId))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from source where title = ?", Long.class, sourceTitle))
			.isZero();
	}

	@Test
	void shouldKeepTheTypedValuesWhenOnlyTheDateIsWrong() {
		String slug = Fixtures.unique("statements");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		String quote = "A quote typed with care " + slug;

		MvcTestResult invalid = this.mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", slug)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.params(form("person", person, "jurisdiction", slug, "statedOn", "2024-02-30", "quote", quote, "stance",
					"NEUTRAL", "sourceIds", String.valueOf(source), "editSummary", "Adding a quote"))
			.exchange();

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(valueOf(html, "quote")).isEqualTo(quote);
		assertThat(valueOf(html, "statedOn")).isEqualTo("2024-02-30");
		assertThat(valueOf(html, "editSummary")).isEqualTo("Adding a quote");
		assertThat(html)
			.containsPattern("id=\"source-choice-" + source + "\"\\s+value=\"" + source + "\" checked=\"checked\"");
		assertThat(errorAt(html, "statedOn")).isEqualTo("there is no 30 February 2024");
		assertThat(errorAt(html, "quote")).isNull();
	}

	@Test
	void shouldAnswer409KeepingTheInputWhenAnotherEditorSavedFirstAndApplyTheSecondSubmit() {
		String slug = Fixtures.unique("statements");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		String first = uniqueUsername("first");
		String second = uniqueUsername("second");

		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", slug)
			.with(csrf())
			.with(editor(first))
			.params(statement(person, slug, "The original wording " + slug, source, "Added the statement", null))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		long id = trailingId(redirectOf(created));
		long startedFrom = version(id);

		// The second editor opens the form, then the first editor saves a correction.
		assertThat(valueOf(body(this.mvc.get().uri("/statements/{id}/edit", id).with(editor(second)).exchange()),
				"version"))
			.isEqualTo(String.valueOf(startedFrom));
		String theirQuote = "The corrected wording " + slug;
		assertThat(this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(first))
			.params(statement(person, slug, theirQuote, source, "Corrected the wording from the recording",
					startedFrom)))
			.hasStatus(HttpStatus.FOUND);
		long current = version(id);
		assertThat(current).isGreaterThan(startedFrom);

		// The second editor saves from the stale version.
		String myQuote = "My own rewording " + slug;
		MvcTestResult conflict = this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(second))
			.params(statement(person, slug, myQuote, source, "Reworded from the transcript", startedFrom))
			.exchange();

		assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
		String html = body(conflict);
		assertThat(valueOf(html, "quote")).isEqualTo(myQuote);
		assertThat(valueOf(html, "editSummary")).isEqualTo("Reworded from the transcript");
		assertThat(html).contains("Someone else saved this record while you were editing")
			.contains(first + " saved it on")
			.contains("“Corrected the wording from the recording”")
			.contains("You both changed this field.")
			.contains(theirQuote);
		assertThat(valueOf(html, "version")).isEqualTo(String.valueOf(current));
		assertThat(quoteOf(id)).isEqualTo(theirQuote);

		// Saving again applies the second editor's version over the first's.
		MvcTestResult resubmitted = this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(second))
			.params(statement(person, slug, valueOf(html, "quote"), source, valueOf(html, "editSummary"),
					Long.parseLong(valueOf(html, "version"))))
			.exchange();
		assertThat(resubmitted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/statements/" + id);
		assertThat(resubmitted).flash().containsEntry("message", "flash.saved");
		assertThat(quoteOf(id)).isEqualTo(myQuote);
		assertThat(version(id)).isGreaterThan(current);
	}

	@Test
	void shouldRefuseADeleteBasedOnAVersionSomeoneElseChanged() {
		String slug = Fixtures.unique("statements");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		String first = uniqueUsername("first");
		String second = uniqueUsername("second");
		long id = EditingSupport.createStatement(this.mvc, first, slug, person, source, "Words " + slug,
				"Added the statement");
		long startedFrom = version(id);
		assertThat(this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(first))
			.params(statement(person, slug, "Better words " + slug, source, "Fixed a typo in the quote", startedFrom)))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult stale = this.mvc.post()
			.uri("/statements/{id}/delete", id)
			.with(csrf())
			.with(editor(second))
			.params(form("version", String.valueOf(startedFrom), "editSummary", "Removing a duplicate"))
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains(first + " changed this record meanwhile (“Fixed a typo in the quote”)")
			.contains("Better words " + slug);
		String html = body(stale);
		assertThat(valueOf(html, "version")).isEqualTo(String.valueOf(version(id)));
		assertThat(quoteOf(id)).isEqualTo("Better words " + slug);

		assertThat(this.mvc.post()
			.uri("/statements/{id}/delete", id)
			.with(csrf())
			.with(editor(second))
			.params(form("version", valueOf(html, "version"), "editSummary", "Removing a duplicate")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/jurisdictions/" + slug + "#statements");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where id = ?", Long.class, id)).isZero();
	}

	private long version(long statementId) {
		return this.jdbc.queryForObject("select version from statement where id = ?", Long.class, statementId);
	}

	private String quoteOf(long statementId) {
		return this.jdbc.queryForObject("select quote from statement where id = ?", String.class, statementId);
	}

	private static MultiValueMap<String, String> statement(String person, String jurisdiction, String quote,
			long source, String summary, Long version) {
		MultiValueMap<String, String> form = form("person", person, "jurisdiction", jurisdiction, "statedOn", "2024-11",
				"quote", quote, "stance", "MIXED", "sourceIds", String.valueOf(source), "editSummary", summary);
		if (version != null) {
			form.add("version", String.valueOf(version));
		}
		return form;
	}

}
