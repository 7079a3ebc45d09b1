package org.sanctuarytracker.editing;

import java.math.BigDecimal;
import java.util.List;
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
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.sanctuarytracker.support.EditingSupport.valueOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two editors on one record at the same moment: changes to different fields both survive;
 * a field both changed is shown with both values in words for the second editor to
 * choose; a save lands on the record the form was opened for, whatever happened to its
 * slug; a record deleted meanwhile keeps the input.
 */
@TrackerTest
class ConcurrentEditTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldKeepBothEditorsChangesWhenTheyChangedDifferentFields() {
		Policy policy = newPolicy();
		long startedFrom = version("policy", policy.id);

		// The first editor changes the summary and adds a provision.
		assertThat(save(policy, uniqueUsername("first"),
				policy.fields("summary", "Summary by the first editor", "provisions", "LEGAL_DEFENSE_FUND"),
				startedFrom, "First editor's changes"))
			.hasStatus(HttpStatus.FOUND);

		// The second editor, from the same version, changes the vote and the carve-outs.
		MvcTestResult second = save(policy, uniqueUsername("second"),
				policy.fields("vote", "15-0", "carveOuts", "Serious felonies"), startedFrom, "Second editor's changes");

		assertThat(second).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/policies/" + policy.id);
		assertThat(second).flash().containsKey("keptTheirs");
		@SuppressWarnings("unchecked")
		List<String> kept = (List<String>) second.getMvcResult().getFlashMap().get("keptTheirs");
		assertThat(kept).containsExactlyInAnyOrder("summary", "provisions");
		Map<String, Object> stored = this.jdbc.queryForMap("select * from policy where id = ?", policy.id);
		assertThat(stored).containsEntry("summary", "Summary by the first editor")
			.containsEntry("vote", "15-0")
			.containsEntry("carve_outs", "Serious felonies");
		assertThat(provisions(policy.id)).containsExactlyInAnyOrder("DECLINES_DETAINERS", "LEGAL_DEFENSE_FUND");
	}

	@Test
	void shouldShowOnlyTheFieldsBothChangedInWordsAndApplyTheChoiceMade() {
		Policy policy = newPolicy();
		long startedFrom = version("policy", policy.id);
		String first = uniqueUsername("first");
		assertThat(
				save(policy, first,
						policy.fields("amountUsd", "2750000", "summary", "Summary by the first editor", "provisions",
								"LEGAL_DEFENSE_FUND"),
						startedFrom, "Amount from the budget"))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult conflict = save(policy, uniqueUsername("second"),
				policy.fields("vote", "15-0", "amountUsd", "3000000", "carveOuts", "Serious felonies"), startedFrom,
				"Vote and amount from the minutes");

		assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
		String html = body(conflict);
		// Only the amount is disputed, shown as the pages show money.
		assertThat(html.split("You both changed this field.", -1)).hasSize(2);
		assertThat(html).contains("$3,000,000").contains("$2,750,000").contains("Theirs (" + first + "):");
		assertThat(html).contains("name=\"keep[amountUsd]\"").doesNotContain("name=\"keep[vote]\"");
		// The first editor's changes are in the form, the second editor's input too.
		assertThat(valueOf(html, "summary")).isEqualTo("Summary by the first editor");
		assertThat(html).containsPattern("value=\"LEGAL_DEFENSE_FUND\"[^>]*checked=\"checked\"");
		assertThat(valueOf(html, "vote")).isEqualTo("15-0");
		assertThat(valueOf(html, "carveOuts")).isEqualTo("Serious felonies");
		assertThat(valueOf(html, "amountUsd")).isEqualTo("$3,000,000");
		assertThat(html).contains("Their changes are kept in:");

		// The second editor keeps the first editor's amount and saves.
		MultiValueMap<String, String> resolved = policy.fields("summary", valueOf(html, "summary"), "provisions",
				"LEGAL_DEFENSE_FUND", "vote", "15-0", "amountUsd", "3000000", "carveOuts", "Serious felonies");
		resolved.add("keep[amountUsd]", "theirs");
		assertThat(save(policy, uniqueUsername("second"), resolved, Long.parseLong(valueOf(html, "version")),
				"Vote from the minutes"))
			.hasStatus(HttpStatus.FOUND);
		Map<String, Object> stored = this.jdbc.queryForMap("select * from policy where id = ?", policy.id);
		assertThat((BigDecimal) stored.get("amount_usd")).isEqualByComparingTo("2750000");
		assertThat(stored).containsEntry("summary", "Summary by the first editor")
			.containsEntry("vote", "15-0")
			.containsEntry("carve_outs", "Serious felonies");
		assertThat(provisions(policy.id)).containsExactlyInAnyOrder("DECLINES_DETAINERS", "LEGAL_DEFENSE_FUND");
	}

	@Test
	void shouldSaveOnTheRecordTheFormWasOpenedForWhenItsSlugWasRenamedAndReused() {
		String slug = Fixtures.unique("renamed");
		String editorA = uniqueUsername("first");
		EditingSupport.createJurisdiction(this.mvc, editorA, slug, "Added the town");
		long original = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug);
		String opened = body(this.mvc.get().uri("/jurisdictions/{slug}/edit", slug).with(editor("second")).exchange());
		assertThat(valueOf(opened, "recordId")).isEqualTo(String.valueOf(original));

		// Meanwhile the town is renamed and another town takes the old slug.
		assertThat(this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(csrf())
			.with(editor(editorA))
			.params(form("recordId", String.valueOf(original), "version", "0", "kind", "CITY", "name", "Renamed town",
					"slug", slug + "-old", "stateCode", "ZZ", "status", "UNASSESSED", "editSummary", "Renamed")))
			.hasStatus(HttpStatus.FOUND);
		EditingSupport.createJurisdiction(this.mvc, editorA, slug, "A new town with the freed slug");
		long newcomer = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug);

		MvcTestResult saved = this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(csrf())
			.with(editor("second"))
			.params(form("recordId", String.valueOf(original), "version", "0", "kind", "CITY", "name",
					EditingSupport.jurisdictionName(slug), "slug", slug, "stateCode", "ZZ", "status", "UNASSESSED",
					"summary", "A summary for the town", "editSummary", "Summary"))
			.exchange();

		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jurisdictions/" + slug + "-old");
		assertThat(this.jdbc.queryForMap("select name, slug, summary from jurisdiction where id = ?", original))
			.containsEntry("name", "Renamed town")
			.containsEntry("slug", slug + "-old")
			.containsEntry("summary", "A summary for the town");
		assertThat(this.jdbc.queryForObject("select summary from jurisdiction where id = ?", String.class, newcomer))
			.isNull();
	}

	@Test
	void shouldFileANewFactUnderTheJurisdictionTheFormWasOpenedOnWhenItsSlugWasReused() {
		String slug = Fixtures.unique("reused");
		String editorA = uniqueUsername("first");
		EditingSupport.createJurisdiction(this.mvc, editorA, slug, "Added the town");
		long original = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug);
		long source = EditingSupport.createSource(this.mvc, editorA, "Ordinance text " + slug);
		String opened = body(
				this.mvc.get().uri("/jurisdictions/{slug}/policies/new", slug).with(editor("second")).exchange());
		assertThat(valueOf(opened, "jurisdictionId")).isEqualTo(String.valueOf(original));
		assertThat(valueOf(opened, "jurisdictionShown")).isEqualTo(slug);

		// Meanwhile the town is renamed and another town takes the old slug.
		assertThat(this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(csrf())
			.with(editor(editorA))
			.params(form("recordId", String.valueOf(original), "version", "0", "kind", "CITY", "name", "Renamed town",
					"slug", slug + "-old", "stateCode", "ZZ", "status", "UNASSESSED", "editSummary", "Renamed")))
			.hasStatus(HttpStatus.FOUND);
		EditingSupport.createJurisdiction(this.mvc, editorA, slug, "A new town with the freed slug");

		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", slug)
			.with(csrf())
			.with(editor("second"))
			.params(new Policy(0, slug, source).fields())
			.params(form("jurisdictionId", valueOf(opened, "jurisdictionId"), "jurisdictionShown",
					valueOf(opened, "jurisdictionShown"), "editSummary", "Added the ordinance"))
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND);
		long policy = trailingId(redirectOf(created));
		assertThat(this.jdbc.queryForObject("select jurisdiction_id from policy where id = ?", Long.class, policy))
			.isEqualTo(original);
	}

	@Test
	void shouldRefuseASlugRoutedSaveThatDoesNotSayWhichRecordItEdits() {
		String slug = Fixtures.unique("norecord");
		EditingSupport.createJurisdiction(this.mvc, uniqueUsername("ed"), slug, "Added the town");
		assertThat(this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(csrf())
			.with(editor("ed"))
			.params(form("version", "0", "kind", "CITY", "name", "Other name", "slug", slug, "stateCode", "ZZ",
					"status", "UNASSESSED", "editSummary", "Renamed")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("select name from jurisdiction where slug = ?", String.class, slug))
			.isEqualTo(EditingSupport.jurisdictionName(slug));
	}

	@Test
	void shouldKeepTheInputAndOfferToSaveItAnewWhenTheRecordWasDeletedMeanwhile() {
		String slug = Fixtures.unique("deleted");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		String first = uniqueUsername("first");
		long id = EditingSupport.createStatement(this.mvc, first, slug, person, source, "Words " + slug,
				"Added the statement");
		long startedFrom = version("statement", id);
		assertThat(this.mvc.post()
			.uri("/statements/{id}/delete", id)
			.with(csrf())
			.with(editor(first))
			.params(form("version", String.valueOf(startedFrom), "editSummary", "Duplicate of another")))
			.hasStatus(HttpStatus.FOUND);

		MvcTestResult kept = this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor("second"))
			.params(form("recordId", String.valueOf(id), "version", String.valueOf(startedFrom), "person", person,
					"jurisdiction", slug, "statedOn", "2024-11", "quote", "Better words " + slug, "stance", "NEUTRAL",
					"sourceIds", String.valueOf(source), "editSummary", "Fixed the quote"))
			.exchange();

		assertThat(kept).hasStatus(HttpStatus.CONFLICT);
		String html = body(kept);
		assertThat(html).contains("This record was deleted while you were editing")
			.contains(first + " deleted it on")
			.contains("“Duplicate of another”")
			.contains("action=\"/jurisdictions/" + slug + "/statements/new\"");
		assertThat(valueOf(html, "quote")).isEqualTo("Better words " + slug);
		assertThat(valueOf(html, "editSummary")).isEqualTo("Fixed the quote");
		assertThat(valueOf(html, "version")).isEmpty();
	}

	private Policy newPolicy() {
		// Made through the forms, so the history holds the version the editors start
		// from.
		String slug = Fixtures.unique("merge");
		EditingSupport.createJurisdiction(this.mvc, uniqueUsername("creator"), slug, "Added the town");
		long source = EditingSupport.createSource(this.mvc, uniqueUsername("creator"), "Ordinance text " + slug);
		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", slug)
			.with(csrf())
			.with(editor(uniqueUsername("creator")))
			.params(new Policy(0, slug, source).fields())
			.params(form("editSummary", "Added the ordinance"))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		return new Policy(trailingId(redirectOf(created)), slug, source);
	}

	private MvcTestResult save(Policy policy, String username, MultiValueMap<String, String> fields, long version,
			String summary) {
		return this.mvc.post()
			.uri("/policies/{id}/edit", policy.id)
			.with(csrf())
			.with(editor(username))
			.params(fields)
			.params(form("recordId", String.valueOf(policy.id), "version", String.valueOf(version), "editSummary",
					summary))
			.exchange();
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private List<String> provisions(long policy) {
		return this.jdbc.queryForList("select provision from policy_provision where policy_id = ?", String.class,
				policy);
	}

	/** A policy's form as the editor opened it, with some fields changed. */
	private record Policy(long id, String slug, long source) {

		MultiValueMap<String, String> fields(String... changes) {
			MultiValueMap<String, String> fields = form("jurisdiction", this.slug, "instrument", "ORDINANCE", "status",
					"ENACTED", "title", "Welcoming ordinance " + this.slug, "summary", "Original summary", "adoptedOn",
					"2017-03", "vote", "12-3", "amountUsd", "250000", "carveOuts", "", "provisions",
					"DECLINES_DETAINERS", "sourceIds", String.valueOf(this.source));
			for (int i = 0; i < changes.length; i += 2) {
				if (changes[i].equals("provisions")) {
					fields.add(changes[i], changes[i + 1]);
				}
				else {
					fields.set(changes[i], changes[i + 1]);
				}
			}
			return fields;
		}

	}

}
