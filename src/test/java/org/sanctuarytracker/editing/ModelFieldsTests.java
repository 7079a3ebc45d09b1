package org.sanctuarytracker.editing;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the model holds beyond a dated verbatim quote and an exact amount, typed in the
 * forms and read back on the pages, in the CSV and in the API: paraphrases, undated
 * statements, the outlet that first reported them, announced policies and hedged amounts.
 */
@TrackerTest
class ModelFieldsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowAnUndatedParaphraseAsReportedWithoutQuotationMarks() {
		String slug = Fixtures.unique("paraphrase");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Report " + slug, "2024-11");
		String words = "The mayor has denounced the plan " + slug;
		long id = ResearchSupport.createStatement(this.mvc, slug, person, source, words, "statedOn", "", "kind",
				"PARAPHRASE", "reportedBy", "Fox News");

		assertThat(this.jdbc.queryForMap("select kind, stated_on, reported_by from statement where id = ?", id))
			.containsEntry("kind", "PARAPHRASE")
			.containsEntry("stated_on", null)
			.containsEntry("reported_by", "Fox News");
		String profile = text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange());
		assertThat(profile).contains(words)
			.doesNotContain("“" + words)
			.contains("Reported position")
			.contains("reported November 2024")
			.contains("first reported by Fox News");
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}", slug).exchange())).contains(words)
			.doesNotContain("“" + words);
		// The date filters place it at its source's date.
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}&from=2024-11-15", slug).exchange()))
			.contains(words);
		assertThat(text(this.mvc.get().uri("/statements?jurisdiction={slug}&from=2024-12-01", slug).exchange()))
			.doesNotContain(words);

		CSVRecord row = csv(download(this.mvc, "/export/statements.csv?jurisdiction={slug}", slug)).row("id",
				String.valueOf(id));
		assertThat(row.get("kind")).isEqualTo("PARAPHRASE");
		assertThat(row.get("stated_on")).isEmpty();
		assertThat(row.get("reported_by")).isEqualTo("Fox News");
		assertThat(text(this.mvc.get().uri("/api/v1/jurisdictions/{slug}", slug).exchange()))
			.containsPattern("\"kind\"\\s*:\\s*\"PARAPHRASE\"")
			.containsPattern("\"reported_by\"\\s*:\\s*\"Fox News\"");
	}

	@Test
	void shouldKeepAQuoteDatedAndInQuotationMarks() {
		String slug = Fixtures.unique("quote");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Transcript " + slug);
		String words = "We will stand together " + slug;
		ResearchSupport.createStatement(this.mvc, slug, person, source, words);
		assertThat(text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange())).contains("“" + words + "”")
			.contains("November 2024")
			.doesNotContain("reported November 2024");
	}

	@Test
	void shouldHoldAnAnnouncedPolicyWithAHedgedAmountOutOfForce() {
		String slug = Fixtures.unique("announced");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Announcement " + slug);
		long id = ResearchSupport.createPolicy(this.mvc, slug, source, "Justice fund " + slug, "instrument", "OTHER",
				"status", "ANNOUNCED", "amountUsd", "9100000", "amountQualifier", "MORE_THAN", "provisions",
				"LEGAL_DEFENSE_FUND");

		assertThat(this.jdbc.queryForMap("select status, amount_qualifier from policy where id = ?", id))
			.containsEntry("status", "ANNOUNCED")
			.containsEntry("amount_qualifier", "MORE_THAN");
		String profile = text(this.mvc.get().uri("/jurisdictions/{slug}", slug).exchange());
		assertThat(profile).contains("Announced")
			.contains("more than $9,100,000")
			.contains("No provision is in force on record.");
		assertThat(text(this.mvc.get().uri("/policies/{id}", id).exchange())).contains("more than $9,100,000");
		Csv csv = csv(download(this.mvc, "/export/policies.csv?jurisdiction={slug}", slug));
		assertThat(csv.row("id", String.valueOf(id)).get("amount_qualifier")).isEqualTo("MORE_THAN");
		assertThat(csv.row("id", String.valueOf(id)).get("status")).isEqualTo("ANNOUNCED");
	}

	@Test
	void shouldRecordAnAmountTypedWithoutAHedgeAsExactAndNoHedgeWithoutAnAmount() {
		String slug = Fixtures.unique("hedge");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Budget " + slug);
		long exact = ResearchSupport.createPolicy(this.mvc, slug, source, "Exact fund " + slug, "amountUsd", "250000");
		long none = ResearchSupport.createPolicy(this.mvc, slug, source, "No amount " + slug, "amountQualifier",
				"NEARLY");
		Map<String, Object> rows = Map.of("exact",
				this.jdbc.queryForObject("select amount_qualifier from policy where id = ?", String.class, exact));
		assertThat(rows).containsEntry("exact", "EXACT");
		assertThat(this.jdbc.queryForObject("select amount_qualifier from policy where id = ?", String.class, none))
			.isNull();
	}

	@Test
	void shouldRecordTermsOfOfficeAndAPartySourceThroughThePersonForm() {
		String slug = Fixtures.unique("term-place");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("official");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Profile " + slug, "2016");
		long version = this.jdbc.queryForObject("select version from person where slug = ?", Long.class, person);

		MvcTestResult saved = this.mvc.post()
			.uri("/people/{slug}/edit", person)
			.with(csrf())
			.param("recordId", String.valueOf(personId(person)))
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("name", "Person " + person, "slug", person, "party", "Democratic",
					"partySourceId", String.valueOf(source), "terms[0].title", "Mayor", "terms[0].jurisdiction", slug,
					"terms[0].sourceId", String.valueOf(source), "terms[1].title", "Alderman", "terms[1].heldTo",
					"2011-05", "terms[1].sourceId", String.valueOf(source), "editSummary", "Added the titles",
					"version", String.valueOf(version)))
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);

		// The save is in the person's history, though only their terms changed.
		assertThat(this.jdbc.queryForObject("""
				select r.summary from person_aud a join person p on p.id = a.id join revision r on r.id = a.rev
				where p.slug = ? order by a.rev desc limit 1""", String.class, person)).isEqualTo("Added the titles");
		assertThat(text(this.mvc.get().uri("/changes").exchange())).contains("Added the titles");
		String page = text(this.mvc.get().uri("/people/{slug}", person).exchange());
		assertThat(page).contains("as reported in 2016").contains("until May 2011").contains("Democratic");
		CSVRecord term = csv(download(this.mvc, "/export/person_terms.csv?person={slug}", person)).row("title",
				"Alderman");
		assertThat(term.get("held_to")).isEqualTo("2011-05-01");
		assertThat(term.get("held_to_precision")).isEqualTo("MONTH");
		assertThat(term.get("held_from")).isEmpty();
		assertThat(term.get("source_id")).isEqualTo(String.valueOf(source));
		assertThat(csv(download(this.mvc, "/export/people.csv")).row("slug", person).get("party_source_id"))
			.isEqualTo(String.valueOf(source));
		// Two titles and a party cite the source: it cannot be deleted from under them.
		assertThat(text(this.mvc.get()
			.uri("/sources/{id}/delete", source)
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.exchange())).contains("facts that cite it: 3");
		assertThat(csv(download(this.mvc, "/export/citations.csv")).records())
			.anyMatch((row) -> row.get("fact_type").equals("person_party")
					&& row.get("source_id").equals(String.valueOf(source)));

		// A save that changes only a term is in the person's history too.
		long after = this.jdbc.queryForObject("select version from person where slug = ?", Long.class, person);
		assertThat(this.mvc.post()
			.uri("/people/{slug}/edit", person)
			.with(csrf())
			.param("recordId", String.valueOf(personId(person)))
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("name", "Person " + person, "slug", person, "party", "Democratic",
					"partySourceId", String.valueOf(source), "terms[0].title", "Mayor", "terms[0].jurisdiction", slug,
					"terms[0].sourceId", String.valueOf(source), "terms[1].title", "Alderman", "terms[1].heldTo",
					"2011-06", "terms[1].sourceId", String.valueOf(source), "editSummary",
					"Corrected the end of a term", "version", String.valueOf(after)))
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("""
				select r.summary from person_aud a join person p on p.id = a.id join revision r on r.id = a.rev
				where p.slug = ? order by a.rev desc limit 1""", String.class, person))
			.isEqualTo("Corrected the end of a term");
		assertThat(text(this.mvc.get().uri("/people/{slug}", person).exchange())).contains("until June 2011");

		// The edit form shows the terms and one empty row.
		String form = text(this.mvc.get()
			.uri("/people/{slug}/edit", person)
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.exchange());
		assertThat(form).contains("value=\"Alderman\"").contains("name=\"terms[2].title\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from person_term t join person p on p.id = t.person_id where p.slug = ?", Long.class,
				person))
			.isEqualTo(2);
	}

	@Test
	void shouldRefuseATermWithoutItsSourceAndKeepTheInput() {
		String person = Fixtures.unique("unsourced");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long version = this.jdbc.queryForObject("select version from person where slug = ?", Long.class, person);
		MvcTestResult refused = this.mvc.post()
			.uri("/people/{slug}/edit", person)
			.with(csrf())
			.param("recordId", String.valueOf(personId(person)))
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("name", "Person " + person, "slug", person, "terms[0].title", "Governor",
					"editSummary", "Added a title", "version", String.valueOf(version)))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(text(refused)).contains("A source number is required").contains("value=\"Governor\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from person_term t join person p on p.id = t.person_id where p.slug = ?", Long.class,
				person))
			.isZero();
	}

	@Test
	void shouldShowAnActionOnTheProfileOfEveryJurisdictionItTargets() {
		String actor = Fixtures.unique("actor");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, actor);
		String first = Fixtures.unique("target");
		long firstId = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, first);
		String second = Fixtures.unique("target");
		long secondId = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, second);
		long source = ResearchSupport.createSource(this.mvc, "Threat " + actor);
		long id = ResearchSupport.createPolicy(this.mvc, actor, source, "Funding threat " + actor, "instrument",
				"OTHER", "status", "PROPOSED", "targets", first + ", " + second);

		for (String target : java.util.List.of(first, second)) {
			assertThat(text(this.mvc.get().uri("/jurisdictions/{slug}", target).exchange())).as(target)
				.contains("Actions aimed at")
				.contains("Funding threat " + actor);
		}
		assertThat(text(this.mvc.get().uri("/policies/{id}", id).exchange())).contains("Aimed at")
			.contains("href=\"/jurisdictions/" + first + "\"");
		assertThat(
				csv(download(this.mvc, "/export/policies.csv?jurisdiction={slug}", actor)).row("id", String.valueOf(id))
					.get("target_ids"))
			.isEqualTo(Math.min(firstId, secondId) + ";" + Math.max(firstId, secondId));
		assertThat(text(this.mvc.get().uri("/api/v1/jurisdictions/{slug}", first).exchange()))
			.containsPattern("\"aimed_at\"\\s*:\\s*\\[\\s*\\{")
			.contains("Funding threat " + actor);
		// A target cannot be deleted from under the action that names it.
		assertThat(text(this.mvc.get()
			.uri("/jurisdictions/{slug}/delete", first)
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.exchange())).contains("actions aimed at it: 1");
	}

	@Test
	void shouldRefuseATargetThatIsNoJurisdictionAndKeepTheInput() {
		String actor = Fixtures.unique("actor");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, actor);
		long source = ResearchSupport.createSource(this.mvc, "Threat " + actor);
		MvcTestResult refused = this.mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", actor)
			.with(csrf())
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("jurisdiction", actor, "instrument", "OTHER", "status", "PROPOSED", "title",
					"Threat " + actor, "targets", "atlantis-xx", "sourceIds", String.valueOf(source), "editSummary",
					"Added the threat"))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(text(refused)).contains("no jurisdiction has the slug “atlantis-xx”")
			.contains("value=\"atlantis-xx\"");
	}

	private long personId(String slug) {
		return this.jdbc.queryForObject("select id from person where slug = ?", Long.class, slug);
	}

}
