package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.jurisdiction.JurisdictionForm;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.statement.StatementForm;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row checked by its record's page form, with the Bean Validation the pages use and no
 * Spring context: the form's annotations and its rules across fields become the row's
 * problems, each against the file's column, with the form's own message codes.
 */
class FormCheckTests {

	private static LocalValidatorFactoryBean validator;

	private final FormCheck forms = new FormCheck(validator);

	@BeforeAll
	static void startValidation() {
		validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
	}

	@AfterAll
	static void stopValidation() {
		validator.close();
	}

	private static Row row(String header, String line) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(header + "\r\n" + line + "\r\n"))
			.setFormat(format)
			.get()) {
			return new Row(parser.getRecords().get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JurisdictionForm place() {
		JurisdictionForm form = new JurisdictionForm();
		form.setKind(JurisdictionKind.CITY);
		form.setName("Zz Town");
		form.setSlug("zz-town");
		form.setStateCode("IL");
		return form;
	}

	@Test
	void shouldPassAValidFormWithoutAnEditSummary() {
		Row row = row("name,kind", "Zz Town,CITY");
		this.forms.check(row, place(), Map.of());
		// The summary is the whole import's, asked once on its own form.
		assertThat(row.problems()).isEmpty();
	}

	@Test
	void shouldSayTheFormsRulesAgainstTheColumnsInSnakeCase() {
		Row row = row("name,kind,population", "Zz Town,CITY,100");
		JurisdictionForm form = place();
		form.setPopulation(100L);
		form.setLatitude(BigDecimal.valueOf(95));
		form.setGeoid("123");
		this.forms.check(row, form, Map.of());
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::key)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("population_year", "jurisdiction.population.withYear"),
					org.assertj.core.groups.Tuple.tuple("latitude", "DecimalMax"),
					org.assertj.core.groups.Tuple.tuple("longitude", "jurisdiction.coordinates.both"),
					org.assertj.core.groups.Tuple.tuple("geoid", "Pattern"));
	}

	@Test
	void shouldNotRefuseAColumnAgainThatTheRowCouldNotRead() {
		Row row = row("person_slug,jurisdiction_slug,quote,stance,source_id", "nobody,chicago-il,,MAYBE,7");
		row.reject("person_slug", "import.problem.noSuch.person.slug", "nobody");
		row.reject("stance", "import.problem.unknownCode", "MAYBE", "…");
		StatementForm form = new StatementForm();
		form.setJurisdiction("chicago-il");
		form.getSourceIds().add(7L);
		this.forms.check(row, form, Map.of("person", "person_id|person_slug"));
		assertThat(row.problems()).extracting(RowProblem::column).containsExactly("person_slug", "stance", "quote");
		assertThat(row.problems().get(2).key()).isEqualTo("NotBlank");
	}

	@Test
	void shouldSayAStatementCitesOneSource() {
		Row row = row("quote,stance,source_id", "Words,NEUTRAL,7;8");
		StatementForm form = new StatementForm();
		form.setPerson("someone");
		form.setJurisdiction("chicago-il");
		form.setQuote("Words");
		form.setStance(Stance.NEUTRAL);
		form.getSourceIds().add(7L);
		form.getSourceIds().add(8L);
		this.forms.check(row, form, Map.of("sourceIds", "source_id"));
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("source_id", "citation.exactlyOne"));
	}

	@Test
	void shouldNameColumnsInSnakeCase() {
		assertThat(FormCheck.snakeCase("statusRationale")).isEqualTo("status_rationale");
		assertThat(FormCheck.snakeCase("ocdId")).isEqualTo("ocd_id");
		assertThat(FormCheck.snakeCase("shareOfBudgetPct")).isEqualTo("share_of_budget_pct");
	}

}
