package org.sanctuarytracker.editing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.control;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * How a form reads: required fields marked (and said to be, to assistive technology), a
 * hint with an example where a field needs one, identifiers folded away behind what an
 * editor changes most, and after a save the record saved highlighted with its
 * confirmation in view.
 */
@TrackerTest
class FormLayoutTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A form is headed, and its page titled, by what it does: a new record's form says
	 * "New policy", a stored one's "Edit policy" (the editor tells the page which).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "policy|policies|Policy", "statement|statements|Statement",
					"funding_exposure|funding|Funding exposure", "indicator|indicators|Figure",
					"designation|designations|Designation" })
	void shouldHeadAndTitleAFormAsNewOrEdit(String table, String segment, String noun) {
		String slug = Fixtures.unique("headings");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		// The demo data lists no jurisdiction on a federal list.
		long stored = "designation".equals(table)
				? this.fixtures.designation(jurisdiction, "A list " + slug, this.fixtures.source("List " + slug))
				: this.jdbc.queryForObject("select min(id) from " + table, Long.class);

		assertHeadedAs(get("en", "/jurisdictions/" + slug + "/" + segment + "/new"), "New " + noun.toLowerCase());
		assertHeadedAs(get("en", "/" + segment + "/" + stored + "/edit"), "Edit " + noun.toLowerCase());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|/jurisdictions/new|New jurisdiction",
			"en|/jurisdictions/chicago-il/edit|Edit jurisdiction", "en|/people/new|New person",
			"en|/people/rahm-emanuel/edit|Edit person", "en|/sources/new|New source", "es|/sources/new|Nueva fuente",
			"es|/jurisdictions/chicago-il/edit|Editar jurisdicción",
			"es|/jurisdictions/chicago-il/funding/new|Nuevos fondos en riesgo", "es|/policies/1/edit|Editar política" })
	void shouldHeadAndTitleARecordsFormAsNewOrEdit(String language, String uri, String heading) {
		assertHeadedAs(get(language, uri), heading);
	}

	private static void assertHeadedAs(String html, String heading) {
		assertThat(html).contains("<h1 class=\"h2\">" + heading + "</h1>")
			.containsPattern("<title>" + Pattern.quote(heading) + " — [^<]+</title>");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "en|Fields marked * must be filled in.", "es|Los campos marcados con * son obligatorios." })
	void shouldMarkTheRequiredFieldsAndSayWhatTheMarkMeans(String language, String legend) {
		String slug = Fixtures.unique("marks");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		String html = get(language, "/jurisdictions/" + slug + "/statements/new");

		assertThat(html.split(Pattern.quote(legend), -1)).as("the legend, once").hasSize(2);
		assertThat(control(html, "stance")).contains("required");
		assertThat(control(html, "quote")).contains("required");
		assertThat(control(html, "editSummary")).contains("required");
		assertThat(control(html, "speakerTitle")).doesNotContain("required");
		assertThat(control(html, "statedOn")).doesNotContain("required");
		assertThat(labelOf(html, "stance")).contains("class=\"required-mark\" aria-hidden=\"true\"");
		assertThat(labelOf(html, "speakerTitle")).doesNotContain("required-mark");
		// The form still reaches the server without JavaScript's or the browser's checks.
		assertThat(html).containsPattern("<form method=\"post\"[^>]*novalidate");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|policies|vote|15-0", "es|policies|vote|15-0",
			"en|funding|fiscalYear|2025 runs from October 2024", "es|funding|fiscalYear|2025 va de octubre de 2024",
			"en|funding|shareOfBudgetPct|12.5%", "en|funding|status|withheld: not paid",
			"en|funding|amountAtRiskUsd|2.5 million", "es|funding|amountAtRiskUsd|2.5 millones",
			"en|policies|status|Only an enacted policy", "en|statements|speakerTitle|President-elect" })
	void shouldHintWithAnExampleTiedToItsField(String language, String fact, String field, String example) {
		String slug = Fixtures.unique("hints");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		String html = get(language, "/jurisdictions/" + slug + "/" + fact + "/new");

		assertThat(control(html, field)).contains("aria-describedby=\"" + field + "-hint\"");
		Matcher hint = Pattern.compile("id=\"" + field + "-hint\">([^<]*)<").matcher(html);
		assertThat(hint.find()).as("a hint for " + field).isTrue();
		assertThat(hint.group(1)).contains(example);
	}

	@Test
	void shouldLeadTheJurisdictionFormWithTheAssessmentAndFoldItsIdentifiersAway() {
		String slug = Fixtures.unique("lead");
		String editor = uniqueUsername("ed");
		EditingSupport.createJurisdiction(this.mvc, editor, slug, "Added the place");

		String html = get("en", "/jurisdictions/" + slug + "/edit");

		assertThat(html.indexOf("name=\"status\"")).isLessThan(html.indexOf("name=\"name\""));
		assertThat(html.indexOf("name=\"statusRationale\"")).isLessThan(html.indexOf("name=\"name\""));
		assertThat(html.indexOf("name=\"sourceIds\"") < 0 ? html.indexOf("name=\"sourceQuery\"")
				: html.indexOf("name=\"sourceIds\""))
			.isLessThan(html.indexOf("name=\"name\""));
		String identifiers = identifiers(html);
		assertThat(identifiers).startsWith("<details class=\"border rounded p-3 mb-3\">")
			.contains("<summary class=\"h6 mb-2\">Identifiers</summary>")
			.contains("name=\"slug\"")
			.contains("name=\"geoid\"")
			.contains("name=\"ocdId\"")
			.contains(">Web address name<");
	}

	@Test
	void shouldOpenTheIdentifiersWhenOneOfThemIsWrong() {
		String slug = Fixtures.unique("lead");
		String editor = uniqueUsername("ed");
		EditingSupport.createJurisdiction(this.mvc, editor, slug, "Added the place");
		long id = this.fixtures.idOf("jurisdiction", slug);

		MvcTestResult invalid = this.mvc.post()
			.uri("/jurisdictions/{slug}/edit", slug)
			.with(csrf())
			.with(editor(editor))
			.params(form("recordId", String.valueOf(id), "version", "0", "kind", "CITY", "name",
					EditingSupport.jurisdictionName(slug), "slug", slug, "stateCode", "ZZ", "geoid", "not a geoid",
					"status", "UNASSESSED", "editSummary", "A wrong GEOID"))
			.exchange();

		assertThat(invalid).hasStatusOk();
		assertThat(identifiers(body(invalid))).startsWith("<details class=\"border rounded p-3 mb-3\" open=\"open\">");
	}

	@Test
	void shouldCallAPersonsSlugTheirWebAddressNameUnderIdentifiers() {
		String html = get("en", "/people/new");

		assertThat(identifiers(html)).contains(">Web address name<").contains("name=\"slug\"");
		assertThat(html.indexOf("name=\"slug\"")).isGreaterThan(html.indexOf("name=\"organization\""));
		assertThat(html).doesNotContain(">Slug (made from the name");
	}

	// After a save.

	@Test
	void shouldOpenASavedStatementOnItsOwnPageHighlightedUnderTheConfirmation() {
		String slug = Fixtures.unique("saved");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);
		String editor = uniqueUsername("ed");

		long id = EditingSupport.createStatement(this.mvc, editor, slug, person, source, "Highlighted words " + slug,
				"Added the quote");
		MockHttpSession session = new MockHttpSession();
		MvcTestResult saved = this.mvc.post()
			.uri("/statements/{id}/edit", id)
			.session(session)
			.with(csrf())
			.with(editor(editor))
			.params(form("recordId", String.valueOf(id), "version", String.valueOf(version("statement", id)), "person",
					person, "jurisdiction", slug, "quote", "Highlighted words, corrected " + slug, "stance", "NEUTRAL",
					"sourceIds", String.valueOf(source), "editSummary", "Fixed a typo"))
			.exchange();

		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/statements/" + id);
		assertThat(saved).flash()
			.containsEntry("message", "flash.saved")
			.containsEntry("savedRecord", "statement-" + id);
		String page = body(this.mvc.get().uri(redirectOf(saved)).session(session).with(editor(editor)).exchange());
		int confirmation = page.indexOf("Saved: Highlighted words, corrected " + slug + ".");
		int record = page.indexOf("<figure class=\"mb-3 saved\" id=\"statement-" + id + "\"");
		assertThat(confirmation).isPositive();
		assertThat(record).isGreaterThan(confirmation);
	}

	@Test
	void shouldScrollToASavedFigureOnTheProfileAndConfirmBesideIt() {
		String slug = Fixtures.unique("saved");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Shelter report " + slug);
		String editor = uniqueUsername("ed");

		MockHttpSession session = new MockHttpSession();
		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/indicators/new", slug)
			.session(session)
			.with(csrf())
			.with(editor(editor))
			.params(form("jurisdiction", slug, "metric", "MIGRANT_ARRIVALS", "value", "12,000", "valueQualifier",
					"EXACT", "asOf", "2024", "sourceIds", String.valueOf(source), "editSummary", "Added the arrivals"))
			.exchange();

		long id = trailingId(redirectOf(created));
		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jurisdictions/" + slug + "#indicator-" + id);
		assertThat(created).flash().containsEntry("savedRecord", "indicator-" + id);
		String page = body(
				this.mvc.get().uri("/jurisdictions/{slug}", slug).session(session).with(editor(editor)).exchange());
		assertThat(page).containsPattern("<tr id=\"indicator-" + id
				+ "\" class=\"saved\">\\s*<td><span class=\"badge saved-badge me-1\">Saved</span>");
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private String get(String language, String uri) {
		MvcTestResult result = this.mvc.get()
			.uri(uri)
			.with(editor(uniqueUsername("ed")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	/** The label element for the control with this id. */
	private static String labelOf(String html, String id) {
		Matcher label = Pattern.compile("<label class=\"form-label\" for=\"" + Pattern.quote(id) + "\">.*?</label>")
			.matcher(html);
		assertThat(label.find()).as("a label for " + id).isTrue();
		return label.group();
	}

	private static String identifiers(String html) {
		int start = html.indexOf("<details class=\"border rounded p-3 mb-3\"");
		assertThat(start).as("the identifiers section").isNotNegative();
		return html.substring(start, html.indexOf("</details>", start));
	}

}
