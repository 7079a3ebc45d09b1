package org.sanctuarytracker.editing;

import java.math.BigDecimal;

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
 * Money and dates as editors type them: "$2,500,000", "2.5 million" and "$1.2 billion"
 * are read and shown back as understood, in every form that holds an amount; what cannot
 * be read says how to write it, in English and Spanish; a date written right that does
 * not exist is named ("there is no 30 February 2025").
 */
@TrackerTest
class AmountsAndDatesInWordsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	// Money.

	@Test
	void shouldSaveFundingTypedAsPeopleWriteMoneyAndShowWhatWasUnderstood() {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Grant letter " + slug);

		MvcTestResult created = post("en", "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug, "program",
				"Byrne JAG " + slug, "fiscalYear", "2025", "amountAtRiskUsd", "$2,500,000", "totalBudgetUsd",
				"$1.2 billion", "shareOfBudgetPct", "12.5%", "status", "THREATENED", "sourceIds",
				String.valueOf(source), "editSummary", "Added the grant at risk");

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/funding/");
		long id = trailingId(redirectOf(created));
		assertThat(this.jdbc.queryForObject("select amount_at_risk_usd from funding_exposure where id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("2500000");
		assertThat(this.jdbc.queryForObject("select total_budget_usd from funding_exposure where id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("1200000000");
		assertThat(this.jdbc.queryForObject("select share_of_budget_pct from funding_exposure where id = ?",
				BigDecimal.class, id))
			.isEqualByComparingTo("12.5");
		assertThat(this.mvc.get().uri("/funding/{id}", id)).hasStatusOk().bodyText().contains("$2,500,000");
		String editForm = body(
				this.mvc.get().uri("/funding/{id}/edit", id).with(editor(uniqueUsername("ed"))).exchange());
		assertThat(valueOf(editForm, "amountAtRiskUsd")).isEqualTo("$2,500,000");
		assertThat(valueOf(editForm, "totalBudgetUsd")).isEqualTo("$1,200,000,000");
		assertThat(valueOf(editForm, "shareOfBudgetPct")).isEqualTo("12.5%");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|Understood as $2,500,000", "es|Entendido como $2,500,000" })
	void shouldShowTheAmountAsUnderstoodWhenTheFormComesBackWithAnotherError(String language, String understood) {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		MvcTestResult invalid = post(language, "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug,
				"amountAtRiskUsd", "2.5 million", "status", "THREATENED", "editSummary", "Added the grant");

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(valueOf(html, "amountAtRiskUsd")).isEqualTo("$2,500,000");
		assertThat(errorAt(html, "amountAtRiskUsd")).isNull();
		assertThat(html).contains(understood);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|write an amount such as 2,500,000, $2,500,000 or 2.5 million",
			"es|escriba un monto como 2,500,000, $2,500,000 o 2.5 millones" })
	void shouldSayHowToWriteAnAmountItCannotRead(String language, String message) {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		MvcTestResult invalid = post(language, "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug,
				"program", "COPS", "amountAtRiskUsd", "lots of money", "status", "THREATENED", "editSummary",
				"Added the grant");

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(errorAt(html, "amountAtRiskUsd")).isEqualTo(message);
		assertThat(valueOf(html, "amountAtRiskUsd")).isEqualTo("lots of money");
		assertThat(html).doesNotContain("Understood as").doesNotContain("Entendido como");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "en|an amount at risk cannot be negative", "es|un monto en riesgo no puede ser negativo" })
	void shouldRefuseANegativeAmountAtRisk(String language, String message) {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		MvcTestResult invalid = post(language, "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug,
				"program", "COPS", "amountAtRiskUsd", "-$5,000", "status", "THREATENED", "editSummary",
				"Added the grant");

		assertThat(errorAt(body(invalid), "amountAtRiskUsd")).isEqualTo(message);
	}

	@Test
	void shouldAskASpanishEditorWhetherAPointMeansThousands() {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		MvcTestResult invalid = post("es", "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug, "program",
				"COPS", "amountAtRiskUsd", "2.500", "status", "THREATENED", "editSummary", "Added the grant");

		assertThat(errorAt(body(invalid), "amountAtRiskUsd")).isEqualTo(
				"escriba los miles con comas (2,500) o sin separadores (2500): aquí el punto marca los decimales");
	}

	@Test
	void shouldReadAPolicysAmountInWords() {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Ordinance text " + slug);

		MvcTestResult created = post("en", "/jurisdictions/" + slug + "/policies/new", "jurisdiction", slug,
				"instrument", "ORDINANCE", "status", "ENACTED", "title", "Legal defense fund " + slug, "amountUsd",
				"2.5 million", "amountQualifier", "EXACT", "sourceIds", String.valueOf(source), "editSummary",
				"Added the fund");

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/policies/");
		long id = trailingId(redirectOf(created));
		assertThat(this.jdbc.queryForObject("select amount_usd from policy where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("2500000");
		assertThat(this.mvc.get().uri("/policies/{id}", id)).bodyText().contains("$2,500,000");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|write a number such as 50,000, 1.2 million or 50000",
			"es|escriba un número como 50,000, 1.2 millones o 50000" })
	void shouldReadAFigureInWordsAndSayHowToWriteOne(String language, String message) {
		String slug = Fixtures.unique("words");
		long jurisdiction = EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		long source = this.fixtures.source("Shelter report " + slug);

		MvcTestResult created = post(language, "/jurisdictions/" + slug + "/indicators/new", "jurisdiction", slug,
				"metric", "MIGRANT_ARRIVALS", "value", "1.2 million", "valueQualifier", "MORE_THAN", "asOf", "2024",
				"sourceIds", String.valueOf(source), "editSummary", "Added the arrivals");
		MvcTestResult refused = post(language, "/jurisdictions/" + slug + "/indicators/new", "jurisdiction", slug,
				"metric", "MIGRANT_ARRIVALS", "value", "many", "valueQualifier", "MORE_THAN", "asOf", "2024",
				"sourceIds", String.valueOf(source), "editSummary", "Added the arrivals");

		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select value from indicator where jurisdiction_id = ?", BigDecimal.class,
				jurisdiction))
			.isEqualByComparingTo("1200000");
		assertThat(errorAt(body(refused), "value")).isEqualTo(message);
	}

	// Dates.

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "en|2025-02-30|there is no 30 February 2025", "es|2025-02-30|no existe el 30 de febrero de 2025",
					"en|2025-13|there is no month 13: months go from 01 to 12",
					"es|2025-13|no existe el mes 13: los meses van de 01 a 12",
					"en|soon|must be written YYYY, YYYY-MM or YYYY-MM-DD" })
	void shouldNameADateThatDoesNotExistAndSayHowToWriteOneThatIsNotADate(String language, String typed,
			String message) {
		String slug = Fixtures.unique("words");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);

		MvcTestResult invalid = post(language, "/jurisdictions/" + slug + "/statements/new", "person", person,
				"jurisdiction", slug, "statedOn", typed, "quote", "Words " + slug, "stance", "NEUTRAL", "sourceIds",
				String.valueOf(source), "editSummary", "Adding a quote");

		assertThat(invalid).hasStatusOk();
		String html = body(invalid);
		assertThat(errorAt(html, "statedOn")).isEqualTo(message);
		assertThat(valueOf(html, "statedOn")).isEqualTo(typed);
	}

	@Test
	void shouldNameADayThatDoesNotExistInTheDayASourceWasRead() {
		String title = "Source read on a day " + Fixtures.unique("words");

		MvcTestResult invalid = post("en", "/sources/new", "title", title, "accessedOn", "2025-02-30", "editSummary",
				"Added the source");
		MvcTestResult created = post("en", "/sources/new", "title", title, "accessedOn", "2025-02-28", "editSummary",
				"Added the source");

		assertThat(errorAt(body(invalid), "accessedOn")).isEqualTo("there is no 30 February 2025");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.jdbc.queryForObject("select accessed_on::text from source where title = ?", String.class, title))
			.isEqualTo("2025-02-28");
	}

	private MvcTestResult post(String language, String uri, String... namesAndValues) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.params(form(namesAndValues))
			.exchange();
	}

}
