package org.sanctuarytracker.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctuarytracker.account.AccountForm;
import org.sanctuarytracker.account.AccountUpdateForm;
import org.sanctuarytracker.account.PasswordForm;
import org.sanctuarytracker.designation.DesignationForm;
import org.sanctuarytracker.funding.FundingExposureForm;
import org.sanctuarytracker.indicator.IndicatorForm;
import org.sanctuarytracker.jurisdiction.JurisdictionForm;
import org.sanctuarytracker.person.PersonForm;
import org.sanctuarytracker.person.TermForm;
import org.sanctuarytracker.policy.PolicyForm;
import org.sanctuarytracker.source.NewSourceForm;
import org.sanctuarytracker.source.SourceForm;
import org.sanctuarytracker.statement.StatementForm;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.DefaultMessageCodesResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.body;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.errorAt;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.redirectOf;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every message an editor's form shows is written for a person, in English and Spanish:
 * never a validator's default ("must not be null"), whichever form and however it is left
 * empty or overfilled; and a confirmation ends its sentence once.
 */
@TrackerTest
class FormMessagesTests {

	// Hibernate Validator's and Spring's own words, in both languages.
	private static final List<String> DEFAULTS = List.of("must not be null", "must not be blank", "must not be empty",
			"size must be between", "must be greater than", "must be less than", "numeric value out of bounds",
			"must match", "Failed to convert", "no debe ser nulo", "no debe estar vacío", "no debe estar en blanco",
			"el tamaño debe estar entre", "debe ser mayor que", "debe ser menor que", "fuera de rango",
			"debe coincidir");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Validator validator;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({ "en,statements", "es,statements", "en,policies", "es,policies", "en,funding", "es,funding",
			"en,indicators", "es,indicators", "en,designations", "es,designations" })
	void shouldNeverShowAValidatorsDefaultOnAFactFormSubmittedEmpty(String language, String fact) {
		String slug = Fixtures.unique("empty");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		String html = body(assertRefused(language, "/jurisdictions/" + slug + "/" + fact + "/new", "jurisdiction", "",
				"kind", "", "valueQualifier", "", "editSummary", ""));

		assertNoDefault(html);
		assertThat(html).contains("class=\"invalid-feedback\"");
	}

	@ParameterizedTest
	@CsvSource({ "en,/jurisdictions/new", "es,/jurisdictions/new", "en,/people/new", "es,/people/new",
			"en,/sources/new", "es,/sources/new" })
	void shouldNeverShowAValidatorsDefaultOnARecordFormSubmittedEmpty(String language, String uri) {
		assertNoDefault(body(assertRefused(language, uri, "kind", "", "status", "", "editSummary", "")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|write at most 200 characters|write a fiscal year up to 2100, such as 2025|a share of a budget is at most 100%",
			"es|escriba como máximo 200 caracteres|escriba un año fiscal hasta 2100, como 2025|un porcentaje del presupuesto es como máximo 100%" })
	void shouldSayWhatIsTooLongOrOutOfRangeInWords(String language, String tooLong, String year, String share) {
		String slug = Fixtures.unique("overfull");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		String html = body(assertRefused(language, "/jurisdictions/" + slug + "/funding/new", "jurisdiction", slug,
				"program", "p".repeat(201), "fiscalYear", "2200", "shareOfBudgetPct", "150", "amountAtRiskUsd", "1.005",
				"status", "THREATENED", "editSummary", "Overfilled"));

		assertNoDefault(html);
		assertThat(errorAt(html, "program")).isEqualTo(tooLong);
		assertThat(errorAt(html, "fiscalYear")).isEqualTo(year);
		assertThat(errorAt(html, "shareOfBudgetPct")).isEqualTo(share);
		assertThat(errorAt(html, "amountAtRiskUsd")).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "en,choose the statement’s stance", "es,elija la postura de la declaración" })
	void shouldAskForAStatementsStanceInWords(String language, String message) {
		String slug = Fixtures.unique("stance");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);

		String html = body(assertRefused(language, "/jurisdictions/" + slug + "/statements/new", "quote", "Words",
				"editSummary", "No stance"));

		assertThat(errorAt(html, "stance")).isEqualTo(message);
	}

	/**
	 * The forms above cannot reach every constraint (a field the page never leaves empty,
	 * an account form): each constraint of every editor's form has a message key of its
	 * own among the codes Spring looks up for it, or a message of its own.
	 */
	@Test
	void shouldHaveAMessageWrittenForAPersonForEveryConstraintOfAnEditorsForm() {
		List<String> unworded = new ArrayList<>();
		for (Class<?> type : List.of(StatementForm.class, PolicyForm.class, FundingExposureForm.class,
				IndicatorForm.class, DesignationForm.class, JurisdictionForm.class, PersonForm.class,
				SourceForm.class)) {
			check(type, "form", "", unworded);
		}
		check(NewSourceForm.class, "form", "newSource.", unworded);
		check(TermForm.class, "form", "terms[0].", unworded);
		check(AccountForm.class, "accountForm", "", unworded);
		check(AccountUpdateForm.class, "updateForm", "", unworded);
		check(PasswordForm.class, "passwordForm", "", unworded);
		assertThat(unworded).isEmpty();
	}

	private void check(Class<?> type, String objectName, String prefix, List<String> unworded) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		for (PropertyDescriptor property : this.validator.getConstraintsForClass(type).getConstrainedProperties()) {
			for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
				String template = constraint.getMessageTemplate();
				if (!template.startsWith("{jakarta.validation") && !template.startsWith("{org.hibernate")) {
					continue;
				}
				String name = constraint.getAnnotation().annotationType().getSimpleName();
				String field = prefix + property.getPropertyName();
				boolean worded = false;
				for (String code : codes.resolveMessageCodes(name, objectName, field, property.getElementClass())) {
					worded |= this.messages.getMessage(code, null, null, Locale.ENGLISH) != null;
				}
				if (!worded) {
					unworded.add(type.getSimpleName() + "." + field + " @" + name);
				}
			}
		}
	}

	// Punctuation.

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "en|We will not help with mass deportations.|Saved: We will not help with mass deportations.<",
					"en|We will not help with mass deportations|Saved: We will not help with mass deportations.<",
					"es|¿Cooperaremos?|Guardado: ¿Cooperaremos?<" })
	void shouldEndTheConfirmationOnce(String language, String quote, String shown) {
		String slug = Fixtures.unique("stop");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		this.fixtures.person(person);
		long source = this.fixtures.source("Source " + slug);

		// One session, as a browser keeps: the confirmation travels in it to the page
		// redirected to.
		MockHttpSession session = new MockHttpSession();
		String editor = uniqueUsername("ed");
		MvcTestResult created = this.mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", slug)
			.session(session)
			.with(csrf())
			.with(editor(editor))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.params(form("person", person, "jurisdiction", slug, "quote", quote, "stance", "NEUTRAL", "sourceIds",
					String.valueOf(source), "editSummary", "Added the quote"))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);

		MvcTestResult page = this.mvc.get()
			.uri(redirectOf(created))
			.session(session)
			.with(editor(editor))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange();

		assertThat(body(page)).contains(shown).doesNotContain("..<").doesNotContain("?.<");
		assertThat(trailingId(redirectOf(created))).isPositive();
	}

	private MvcTestResult assertRefused(String language, String uri, String... namesAndValues) {
		MvcTestResult result = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.with(editor(uniqueUsername("ed")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.params(form(namesAndValues))
			.exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	private static void assertNoDefault(String html) {
		for (String message : DEFAULTS) {
			assertThat(html).as("a validator's default message").doesNotContain(message);
		}
	}

}
