package org.sanctuarytracker.editing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
 * The forms of every kind of record: a record created through its form shows on its page;
 * the rules each form adds point at their field; a duplicate slug is a field error, not a
 * 500; a delete is refused, with the reasons listed, while other records depend on the
 * record, and goes through when nothing does.
 */
@TrackerTest
class RecordFormsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	// Creating records.

	@Test
	void shouldCreateAPersonAndShowThemOnTheirPage() {
		String slug = Fixtures.unique("person");
		String jurisdiction = Fixtures.unique("serves");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, jurisdiction);

		MvcTestResult created = post("/people/new", "name", "Jane Tester", "slug", slug, "party", "Independent",
				"currentTitle", "Alderperson", "jurisdiction", jurisdiction, "organization", "City Council",
				"editSummary", "Added the alderperson");

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/people/" + slug);
		assertThat(created).flash()
			.containsEntry("message", "flash.created")
			.containsEntry("messageArgument", "Jane Tester.");
		assertThat(this.mvc.get().uri("/people/{slug}", slug)).hasStatusOk()
			.bodyText()
			.contains("<h1 class=\"h2\">Jane Tester</h1>")
			.contains("Alderperson")
			.contains("Independent")
			.contains("City Council")
			.contains("href=\"/jurisdictions/" + jurisdiction + "\"");
	}

	@Test
	void shouldMakeAPersonsSlugFromTheNameWhenLeftEmpty() {
		String unique = Fixtures.unique("quill");
		MvcTestResult created = post("/people/new", "name", "Zoë Quill " + unique, "slug", "", "editSummary",
				"Added a speaker");

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/people/zoe-quill-" + unique);
		assertThat(this.mvc.get().uri("/people/zoe-quill-{unique}", unique)).hasStatusOk()
			.bodyText()
			.contains("Zoë Quill " + unique);
	}

	@Test
	void shouldCreateASourceAndShowItOnItsPage() {
		String title = "Budget hearing transcript " + Fixtures.unique("source");
		MvcTestResult created = post("/sources/new", "title", title, "publisher", "City Clerk", "url",
				"https://example.org/transcript", "publishedOn", "2023-04", "accessedOn", "2024-01-05", "archiveUrl",
				"https://archive.example.org/transcript", "notes", "Pages 4 to 6", "editSummary", "Added the source");

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/sources/");
		long id = trailingId(redirectOf(created));
		assertThat(this.mvc.get().uri("/sources/{id}", id)).hasStatusOk()
			.bodyText()
			.contains(title)
			.contains("City Clerk")
			.contains("April 2023")
			.contains("https://example.org/transcript")
			.contains("https://archive.example.org/transcript")
			.contains("2024-01-05")
			.contains("Pages 4 to 6");
	}

	@Test
	void shouldCreateAJurisdictionWithItsStatusAssessment() {
		String slug = Fixtures.unique("town");
		long source = this.fixtures.source("Assessment source " + slug);

		MvcTestResult created = post("/jurisdictions/new", "kind", "CITY", "name",
				EditingSupport.jurisdictionName(slug), "slug", slug, "stateCode", "zz", "population", "12000",
				"populationYear", "2020", "summary", "A town made for tests", "status", "SANCTUARY", "statusRationale",
				"The council ordinance bars honoring detainers", "statusAsOf", "2025-01", "sourceIds",
				String.valueOf(source), "editSummary", "Added the town with its assessment");

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jurisdictions/" + slug);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).hasStatusOk()
			.bodyText()
			.contains(EditingSupport.jurisdictionName(slug))
			.contains("status-SANCTUARY\">Sanctuary</span>")
			.contains("as of January 2025")
			.contains("The council ordinance bars honoring detainers")
			.contains("A town made for tests")
			.contains("12,000")
			.contains("Assessment source " + slug);
		assertThat(this.jdbc.queryForObject("select state_code from jurisdiction where slug = ?", String.class, slug))
			.isEqualTo("ZZ");
	}

	@Test
	void shouldShowThePopulationYearAsAYear() {
		String slug = Fixtures.unique("town");
		assertThat(post("/jurisdictions/new", "kind", "CITY", "name", EditingSupport.jurisdictionName(slug), "slug",
				slug, "stateCode", "ZZ", "population", "2746388", "populationYear", "2020", "status", "UNASSESSED",
				"editSummary", "Added the town"))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).bodyText()
			.contains("2,746,388 (2020)")
			.doesNotContain("(2,020)");
	}

	@Test
	void shouldRefuseAnAssessmentWithoutItsReasonsAtTheField() {
		String slug = Fixtures.unique("town");
		MvcTestResult invalid = post("/jurisdictions/new", "kind", "CITY", "name",
				EditingSupport.jurisdictionName(slug), "slug", slug, "stateCode", "ZZ", "status", "SANCTUARY",
				"statusAsOf", "2025-01", "editSummary", "Added the town");

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(errorAt(html, "statusRationale")).isEqualTo("an assessment needs its reasons");
		assertThat(errorAt(html, "statusAsOf")).isNull();
		assertThat(valueOf(html, "status")).isEqualTo("SANCTUARY");
		assertThat(valueOf(html, "name")).isEqualTo(EditingSupport.jurisdictionName(slug));
		assertThat(valueOf(html, "statusAsOf")).isEqualTo("2025-01");
		assertThat(count("select count(*) from jurisdiction where slug = ?", slug)).isZero();
	}

	@Test
	void shouldCreateAPolicyWithItsProvisionsAmountAndVote() {
		String slug = Fixtures.unique("policies");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Ordinance text " + slug);
		String title = "Welcoming city ordinance " + slug;

		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", slug)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.params(form("jurisdiction", slug, "instrument", "ORDINANCE", "status", "ENACTED", "title", title,
					"adoptedOn", "1987-03", "vote", "12-3", "amountUsd", "250000", "carveOuts",
					"Serious felonies excepted", "sourceIds", String.valueOf(source), "editSummary",
					"Added the ordinance"))
			.param("provisions", "DECLINES_DETAINERS", "LEGAL_DEFENSE_FUND")
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/policies/");
		long id = trailingId(redirectOf(created));
		assertThat(this.jdbc.queryForList("select provision from policy_provision where policy_id = ? order by 1",
				String.class, id))
			.containsExactly("DECLINES_DETAINERS", "LEGAL_DEFENSE_FUND");
		assertThat(this.mvc.get().uri("/policies/{id}", id)).hasStatusOk()
			.bodyText()
			.contains(title)
			.contains("Ordinance")
			.contains("March 1987")
			.contains("12-3")
			.contains("$250,000")
			.contains("Serious felonies excepted")
			.contains("Declines ICE detainers")
			.contains("Legal defense fund")
			.contains("Ordinance text " + slug);
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).bodyText()
			.contains("Provisions in force")
			.contains("Declines ICE detainers</span>:")
			.contains("href=\"/policies/" + id + "\"");
		String editForm = body(this.mvc.get().uri("/policies/{id}/edit", id).with(editor("ed")).exchange());
		assertThat(editForm).containsPattern("value=\"DECLINES_DETAINERS\"[^>]*checked=\"checked\"")
			.containsPattern("value=\"LEGAL_DEFENSE_FUND\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("value=\"NO_STATUS_INQUIRY\"[^>]*checked=\"checked\"");
		assertThat(valueOf(editForm, "amountUsd")).isEqualTo("$250,000");
		assertThat(valueOf(editForm, "vote")).isEqualTo("12-3");
	}

	@Test
	void shouldCreateFundingAtRisk() {
		String slug = Fixtures.unique("funding");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Grant letter " + slug);

		MvcTestResult created = post("/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug, "program",
				"Byrne JAG grants " + slug, "fiscalYear", "2025", "amountAtRiskUsd", "1300000", "status", "WITHHELD",
				"notes", "Withheld pending review", "sourceIds", String.valueOf(source), "editSummary",
				"Added the grant at risk");

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/funding/");
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).bodyText()
			.contains("Byrne JAG grants " + slug)
			.contains("$1,300,000")
			.contains("Withheld")
			.contains("Withheld pending review")
			.contains("Grant letter " + slug);
	}

	@Test
	void shouldAskForAnAmountOrAShareOfTheBudget() {
		String slug = Fixtures.unique("funding");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Grant letter " + slug);

		MvcTestResult invalid = post("/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug, "program",
				"Byrne JAG grants", "status", "THREATENED", "sourceIds", String.valueOf(source), "editSummary",
				"Added the grant at risk");

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(errorAt(html, "amountAtRiskUsd")).isEqualTo("give an amount, a share of the budget, or both");
		assertThat(valueOf(html, "program")).isEqualTo("Byrne JAG grants");
		assertThat(count("select count(*) from funding_exposure where jurisdiction_id = ?", jurisdiction)).isZero();
	}

	@Test
	void shouldCreateAFigureWithItsHedge() {
		String slug = Fixtures.unique("indicators");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Shelter report " + slug);

		MvcTestResult created = post("/jurisdictions/" + slug + "/indicators/new", "jurisdiction", slug, "metric",
				"MIGRANT_ARRIVALS", "value", "12345", "valueQualifier", "MORE_THAN", "asOf", "2024", "notes",
				"Counted at city shelters", "sourceIds", String.valueOf(source), "editSummary", "Added the arrivals");

		assertThat(created).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/jurisdictions/" + slug + "#indicator-");
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).bodyText()
			.contains("Migrant arrivals")
			.contains("more than 12,345")
			.contains("Counted at city shelters")
			.contains("Shelter report " + slug);
	}

	@Test
	void shouldCreateADesignation() {
		String slug = Fixtures.unique("designations");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Federal list " + slug);

		MvcTestResult created = post("/jurisdictions/" + slug + "/designations/new", "jurisdiction", slug, "listName",
				"Sanctuary jurisdiction list " + slug, "listedOn", "2025-05", "disputed", "true", "disputeNote",
				"The city says it honors judicial warrants", "sourceIds", String.valueOf(source), "editSummary",
				"Added the listing");

		assertThat(created).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/jurisdictions/" + slug + "#designation-");
		assertThat(this.mvc.get().uri("/jurisdictions/{slug}", slug)).bodyText()
			.contains("Sanctuary jurisdiction list " + slug)
			.contains("May 2025")
			.contains("The city says it honors judicial warrants")
			.contains("Federal list " + slug);
	}

	@Test
	void shouldAskEveryFactForASourceAtTheField() {
		String slug = Fixtures.unique("unsourced");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String facts = "/jurisdictions/" + slug;

		assertUnsourcedRefused(post(facts + "/policies/new", "jurisdiction", slug, "instrument", "ORDINANCE", "status",
				"ENACTED", "title", "Unsourced ordinance", "editSummary", "Added the ordinance"));
		assertUnsourcedRefused(post(facts + "/funding/new", "jurisdiction", slug, "program", "Unsourced grants",
				"amountAtRiskUsd", "1000", "status", "THREATENED", "editSummary", "Added the grant at risk"));
		assertUnsourcedRefused(post(facts + "/indicators/new", "jurisdiction", slug, "metric", "MIGRANT_ARRIVALS",
				"value", "12", "asOf", "2024", "editSummary", "Added the arrivals"));
		assertUnsourcedRefused(post(facts + "/designations/new", "jurisdiction", slug, "listName", "Unsourced list",
				"editSummary", "Added the listing"));
		assertThat(count("""
				select (select count(*) from policy where jurisdiction_id = ?)
				     + (select count(*) from funding_exposure where jurisdiction_id = ?)
				     + (select count(*) from indicator where jurisdiction_id = ?)
				     + (select count(*) from designation where jurisdiction_id = ?)""", jurisdiction, jurisdiction,
				jurisdiction, jurisdiction))
			.isZero();
	}

	private static void assertUnsourcedRefused(MvcTestResult refused) {
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("<div class=\"text-danger small mb-2\">cite at least one source</div>");
	}

	// Duplicate slugs.

	@Test
	void shouldReportADuplicateJurisdictionSlugAtTheField() {
		String slug = Fixtures.unique("taken");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		MvcTestResult duplicate = post("/jurisdictions/new", "kind", "CITY", "name", "Zz another town", "slug", slug,
				"stateCode", "ZZ", "status", "UNASSESSED", "editSummary", "Added another town");

		assertThat(duplicate).hasStatusOk();
		String html = body(duplicate);
		assertThat(errorAt(html, "slug")).isEqualTo("this slug is already used by another jurisdiction");
		assertThat(valueOf(html, "name")).isEqualTo("Zz another town");
		assertThat(count("select count(*) from jurisdiction where slug = ?", slug)).isOne();
	}

	@Test
	void shouldReportADuplicatePersonSlugAtTheField() {
		String slug = Fixtures.unique("taken");
		this.fixtures.person(slug);

		MvcTestResult duplicate = post("/people/new", "name", "Another Person", "slug", slug, "editSummary",
				"Added another person");

		assertThat(duplicate).hasStatusOk();
		String html = body(duplicate);
		assertThat(errorAt(html, "slug")).isEqualTo("this slug is already used by another person");
		assertThat(valueOf(html, "name")).isEqualTo("Another Person");
		assertThat(count("select count(*) from person where slug = ?", slug)).isOne();
	}

	// Deleting records.

	@Test
	void shouldRefuseToDeleteASourceThatFactsCite() {
		String slug = Fixtures.unique("cited");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Cited source " + slug);
		this.fixtures.policy(jurisdiction, "Policy citing it", null, source);
		this.fixtures.funding(jurisdiction, "Program citing it", new BigDecimal("1000"), source);

		assertRefused("/sources/" + source + "/delete", "facts that cite it: 2");
		assertThat(count("select count(*) from source where id = ?", source)).isOne();
	}

	@Test
	void shouldRefuseToDeleteAPersonWithStatements() {
		String slug = Fixtures.unique("speaker");
		long person = this.fixtures.person(slug);
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, Fixtures.unique("place"));
		long source = this.fixtures.source("Source " + slug);
		this.fixtures.statement(person, jurisdiction, LocalDate.of(2024, 3, 4), "Something said", "NEUTRAL", source);

		assertRefused("/people/" + slug + "/delete", "statements: 1");
		assertThat(count("select count(*) from person where id = ?", person)).isOne();
	}

	@Test
	void shouldRefuseToDeleteAJurisdictionWithPolicies() {
		String slug = Fixtures.unique("place");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Source " + slug);
		this.fixtures.policy(jurisdiction, "First policy", null, source);
		this.fixtures.policy(jurisdiction, "Second policy", null, source);
		this.fixtures.designation(jurisdiction, "Some list", source);

		assertRefused("/jurisdictions/" + slug + "/delete", "policies: 2", "funding, figures and designations: 1");
		assertThat(count("select count(*) from jurisdiction where id = ?", jurisdiction)).isOne();
	}

	@Test
	void shouldDeleteRecordsNothingDependsOn() {
		long source = this.fixtures.source("Unused source " + Fixtures.unique("s"));
		assertDeleted("/sources/" + source + "/delete", "/");
		assertThat(count("select count(*) from source where id = ?", source)).isZero();

		String person = Fixtures.unique("nobody");
		this.fixtures.person(person);
		assertDeleted("/people/" + person + "/delete", "/");
		assertThat(count("select count(*) from person where slug = ?", person)).isZero();

		String place = Fixtures.unique("empty");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, place);
		long cited = this.fixtures.source("Source " + place);
		long policy = this.fixtures.policy(jurisdiction, "Lonely policy", "NO_STATUS_INQUIRY", cited);
		assertDeleted("/policies/" + policy + "/delete", "/jurisdictions/" + place + "#policies");
		assertThat(count("select count(*) from policy where id = ?", policy)).isZero();
		long designation = this.fixtures.designation(jurisdiction, "Some list", cited);
		assertDeleted("/designations/" + designation + "/delete", "/jurisdictions/" + place + "#designations");
		assertDeleted("/jurisdictions/" + place + "/delete", "/jurisdictions");
		assertThat(count("select count(*) from jurisdiction where id = ?", jurisdiction)).isZero();
	}

	private void assertRefused(String deleteUrl, String... blockers) {
		String username = uniqueUsername("ed");
		MvcTestResult confirmation = this.mvc.get().uri(deleteUrl).with(editor(username)).exchange();
		assertThat(confirmation).hasStatusOk()
			.bodyText()
			.contains("This record cannot be deleted while other records depend on it:")
			.contains(blockers)
			.doesNotContain("action=\"" + deleteUrl + "\"");

		MvcTestResult refused = this.mvc.post()
			.uri(deleteUrl)
			.with(csrf())
			.with(editor(username))
			.params(form("version", "0", "editSummary", "Removing it"))
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("This record cannot be deleted while other records depend on it:")
			.contains(blockers);
	}

	private void assertDeleted(String deleteUrl, String redirect) {
		String username = uniqueUsername("ed");
		MvcTestResult confirmation = this.mvc.get().uri(deleteUrl).with(editor(username)).exchange();
		assertThat(confirmation).hasStatusOk()
			.bodyText()
			.contains("action=\"" + deleteUrl + "\"")
			.doesNotContain("cannot be deleted");
		String version = valueOf(body(confirmation), "version");

		MvcTestResult deleted = this.mvc.post()
			.uri(deleteUrl)
			.with(csrf())
			.with(editor(username))
			.params(form("version", version, "editSummary", "Removing an unused record"))
			.exchange();
		assertThat(deleted).as(deleteUrl).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(redirect);
		assertThat(deleted).flash().containsEntry("message", "flash.deleted");
	}

	private MvcTestResult post(String url, String... namesAndValues) {
		return this.mvc.post()
			.uri(url)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.params(form(namesAndValues))
			.exchange();
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
