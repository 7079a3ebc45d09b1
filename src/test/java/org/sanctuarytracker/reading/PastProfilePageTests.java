package org.sanctuarytracker.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * A profile as it stood at a past moment, in the browser: read from the history like the
 * exports (the same moment gives the same page), with a banner and the way back to today,
 * the downloads carrying the moment, and nothing to edit.
 */
@TrackerTest
class PastProfilePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowTheProfileAsItStoodThenWithItsSpeakersAndSources() {
		String slug = Fixtures.unique("past");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Past source " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, "We said it first " + slug);
		Instant then = newestRevisionInstant();
		ResearchSupport.editQuote(this.mvc, this.jdbc, statement, "We said it again " + slug, "Corrected the quote");
		ResearchSupport.createPolicy(this.mvc, slug, source, "Later ordinance " + slug);

		MvcTestResult past = this.mvc.get().uri("/jurisdictions/{slug}?as_of={then}", slug, then.toString()).exchange();

		assertThat(past).hasStatusOk();
		assertThat(past.getResponse().getHeader("X-Snapshot-As-Of")).isEqualTo(then.toString());
		String page = text(past);
		String day = LocalDate.ofInstant(then, ZoneOffset.UTC).toString();
		assertThat(page).contains("You are viewing this record as it stood on")
			.contains("We said it first " + slug)
			.doesNotContain("We said it again " + slug)
			.doesNotContain("Later ordinance " + slug)
			// The speaker and the source, read from the history when the page shows them.
			.contains(">Person " + person + "<")
			.contains("Past source " + slug)
			.contains("href=\"/jurisdictions/" + slug + "\">See it as it is today</a>")
			.contains("value=\"" + day + "\"")
			.contains("href=\"/export/statements.csv?jurisdiction=" + slug + "&amp;as_of="
					+ then.toString().replace(":", "%3A") + "\"")
			.doesNotContain("/changes.atom?as_of");

		assertThat(text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange()))
			.contains("We said it again " + slug)
			.contains("Later ordinance " + slug)
			.doesNotContain("You are viewing this record as it stood on")
			.contains("name=\"as_of\"");
	}

	@Test
	void shouldGiveTheSamePageForTheSameMomentWhateverWasSavedSince() {
		String slug = Fixtures.unique("same");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		Instant then = newestRevisionInstant();
		String first = text(this.mvc.get().uri("/jurisdictions/{slug}?as_of={then}", slug, then.toString()).exchange());
		ResearchSupport.createPolicy(this.mvc, slug, ResearchSupport.createSource(this.mvc, "Since " + slug),
				"Since then " + slug);
		String again = text(this.mvc.get().uri("/jurisdictions/{slug}?as_of={then}", slug, then.toString()).exchange());
		assertThat(again).isEqualTo(first);
	}

	@Test
	void shouldOfferEditorsNothingToEditInThePast() {
		String slug = Fixtures.unique("noedit");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String page = text(this.mvc.get()
			.uri("/jurisdictions/{slug}?as_of={today}", slug, today)
			.with(editor(ResearchSupport.newEditor()))
			.exchange());
		assertThat(page).contains("You are viewing this record as it stood on")
			.doesNotContain("/jurisdictions/" + slug + "/edit")
			.doesNotContain("/policies/new");
		assertThat(text(
				this.mvc.get().uri("/jurisdictions/{slug}", slug).with(editor(ResearchSupport.newEditor())).exchange()))
			.contains("/jurisdictions/" + slug + "/edit");
	}

	@Test
	void shouldRefuseMomentsThatAreNotOnesAndPlacesThatDidNotExistThen() {
		Instant before = newestRevisionInstant();
		String slug = Fixtures.unique("later");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}?as_of={then}", slug, before.toString()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}?as_of=last-tuesday", slug))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}?as_of=2999-01-01", slug))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}?as_of=1900-01-01", slug))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private Instant newestRevisionInstant() {
		return this.jdbc.queryForObject("select revised_at from revision order by id desc limit 1", Timestamp.class)
			.toInstant();
	}

}
