package org.sanctuarytracker.search;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The site search as the record stood at a past moment: what existed then, in its words
 * and names of then (records changed since are read from their history, the rest through
 * the live indexes), with the banner, the date kept by its links and the header's box,
 * and the same page for the same moment whatever was saved since.
 */
@TrackerTest
class PastSearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldFindWhatTheRecordHeldThenInItsWordsOfThen() {
		String slug = Fixtures.unique("pastsearch");
		String word = slug.replaceAll("[^a-z0-9]", "");
		Instant before = newestRevisionInstant();
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Report " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source,
				"Porcupines " + word + " first words");
		ResearchSupport.createPolicy(this.mvc, slug, source, "Ordinance " + word);
		Instant created = newestRevisionInstant();
		ResearchSupport.editQuote(this.mvc, this.jdbc, statement, "Marmots " + word + " second words",
				"Corrected the quote");

		String then = page("/search?q={q}&as_of={then}", "porcupines " + word, created);
		assertThat(then).contains("You are viewing this record as it stood on")
			.contains("first words")
			.doesNotContain("second words");
		assertThat(page("/search?q={q}&as_of={then}", "marmots " + word, created)).doesNotContain("second words");
		// The policy and the place, unchanged since, are found through today's indexes.
		assertThat(page("/search?q={q}&as_of={then}", word, created)).contains(">Ordinance <mark>" + word + "</mark><")
			.contains(">" + EditingSupport.jurisdictionName(slug) + "<");
		assertThat(text(this.mvc.get().uri("/search?q={q}", "marmots " + word).exchange())).contains("second words");
		assertThat(text(this.mvc.get().uri("/search?q={q}", "porcupines " + word).exchange()))
			.doesNotContain("first words");

		// Before any of it was recorded, none of it is found.
		String earlier = page("/search?q={q}&as_of={then}", word, before);
		assertThat(earlier).doesNotContain("first words")
			.doesNotContain("Ordinance <mark>")
			.doesNotContain(">" + EditingSupport.jurisdictionName(slug) + "<");
	}

	@Test
	void shouldDateAnUndatedStatementByItsSourceAsItStoodThen() {
		String slug = Fixtures.unique("pastdate");
		String word = slug.replaceAll("[^a-z0-9]", "");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Report " + slug, "2024-11");
		ResearchSupport.createStatement(this.mvc, slug, person, source, "Undated " + word, "statedOn", "");
		Instant created = newestRevisionInstant();
		redateSource(source, "Report " + slug, "2023-05");

		assertThat(page("/search?q={q}", word, null)).contains("reported May 2023").doesNotContain("November 2024");
		assertThat(page("/search?q={q}&as_of={then}", word, created)).contains("reported November 2024")
			.doesNotContain("May 2023");
	}

	@Test
	void shouldKeepTheDateInTheSearchLinksAndTheHeaderBox() {
		Instant now = newestRevisionInstant();
		String encoded = now.toString().replace(":", "%3A");
		String page = page("/search?q={q}&as_of={then}", "chicgo", now);
		assertThat(page).contains("href=\"/jurisdictions/chicago-il?as_of=" + encoded + "\"")
			.contains("<input type=\"hidden\" name=\"as_of\" value=\"" + now + "\">")
			.contains("value=\"" + now.toString().substring(0, 10) + "\"")
			// A person's page shows today, as the banner says.
			.doesNotContain("/people/rahm-emanuel?as_of");
		// Nothing matched: the names suggested are those of then, and keep the date.
		assertThat(page("/search?q={q}&as_of={then}", "garcetty zzq", now)).doesNotContain("as_of=&");
		assertThat(page("/search?q={q}", "chicgo", null)).doesNotContain("name=\"as_of\" value=\"2");
		assertThat(this.mvc.get().uri("/search?q=chicago&as_of=someday")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/search?q=chicago&as_of=")).hasStatusOk();
	}

	@Test
	void shouldGiveTheSameResultsForTheSameMomentWhateverWasSavedSince() {
		Instant then = newestRevisionInstant();
		String before = page("/search?q={q}&as_of={then}", "chicago", then);
		String slug = Fixtures.unique("chicago-since");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Chicago report " + slug);
		ResearchSupport.createPolicy(this.mvc, slug, source, "Chicago ordinance " + slug);
		assertThat(page("/search?q={q}&as_of={then}", "chicago", then)).isEqualTo(before);
		assertThat(page("/search?q={q}", "chicago", null)).isNotEqualTo(before);
	}

	private String page(String uri, String q, Instant then) {
		MvcTestResult result = (then != null) ? this.mvc.get().uri(uri, q, then.toString()).exchange()
				: this.mvc.get().uri(uri, q).exchange();
		assertThat(result).hasStatusOk();
		return text(result);
	}

	private void redateSource(long id, String title, String publishedOn) {
		long version = this.jdbc.queryForObject("select version from source where id = ?", Long.class, id);
		MvcTestResult result = this.mvc.post()
			.uri("/sources/{id}/edit", id)
			.with(csrf())
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("title", title, "publishedOn", publishedOn, "editSummary", "Corrected the date",
					"version", String.valueOf(version), "recordId", String.valueOf(id)))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
	}

	private Instant newestRevisionInstant() {
		return this.jdbc.queryForObject("select revised_at from revision order by id desc limit 1", Timestamp.class)
			.toInstant();
	}

}
