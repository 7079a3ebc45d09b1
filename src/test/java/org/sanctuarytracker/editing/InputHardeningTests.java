package org.sanctuarytracker.editing;

import org.junit.jupiter.api.Test;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Odd input gets a clear 400 or a field error, never a 500: huge page numbers, dates
 * beyond any calendar, control characters, slugs the site's addresses use, a "+" in a
 * search.
 */
@TrackerTest
class InputHardeningTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldAnswer400ForPageNumbersBeyondAnyList() {
		assertThat(this.mvc.get().uri("/jurisdictions?page=2147483647")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/statements?page=90000000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/changes?page=90000000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/jurisdictions?page=90000000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il/history?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/**
	 * Each list's most rows a page (@PageSize): the change log's is 200, the others' 100.
	 */
	@Test
	void shouldAnswer400ForPageSizesBeyondTheListsMost() {
		assertThat(this.mvc.get().uri("/changes?size=200")).hasStatusOk();
		assertThat(this.mvc.get().uri("/changes?size=201")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be between 1 and 200");
		assertThat(this.mvc.get().uri("/statements?size=100")).hasStatusOk();
		assertThat(this.mvc.get().uri("/statements?size=101")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be between 1 and 100");
		assertThat(this.mvc.get().uri("/jurisdictions?size=0")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/** A list's sorts are its enum's (@SortParam): an unknown one is refused by name. */
	@Test
	void shouldAnswer400ForASortTheListDoesNotOfferNamingThoseItDoes() {
		assertThat(this.mvc.get().uri("/jurisdictions?sort=random")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be one of name, population, status, updated");
		assertThat(this.mvc.get().uri("/funding?sort=name")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be one of amount, year, jurisdiction, program");
		assertThat(this.mvc.get().uri("/funding?sort=program")).hasStatusOk();
	}

	@Test
	void shouldAnswer400ForDatesBeyondTheCalendar() {
		String farFuture = "+6000000-01-01";
		assertThat(this.mvc.get().uri("/statements").param("to", farFuture)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("between the years 1 and 9999");
		assertThat(this.mvc.get().uri("/changes").param("from", farFuture)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/export/statements.csv").param("to", farFuture))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/statements").param("to", farFuture)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldDropControlCharactersFromTypedTextAndKeepTheFeedValid() {
		String title = "Vertical\u000Btab title " + System.nanoTime();
		MvcTestResult created = this.mvc.post()
			.uri("/sources/new")
			.with(csrf())
			.with(editor("hardening"))
			.params(form("title", title, "editSummary", "Summary with a bell\u0007"))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from source where title = ?", Long.class,
				title.replace("\u000B", "")))
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/changes.atom")).hasStatusOk().bodyText().doesNotContain("\u0007");
	}

	@Test
	void shouldRefuseASlugTheSiteAddressesUse() {
		MvcTestResult result = this.mvc.post()
			.uri("/people/new")
			.with(csrf())
			.with(editor("hardening"))
			.params(form("name", "New", "editSummary", "A person named New"))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(errorAt(body(result), "slug")).contains("part of the site");
	}

	@Test
	void shouldKeepAPlusInASearchWhenLinkingToItsCsv() {
		assertThat(this.mvc.get().uri("/statements").param("q", "C++")).hasStatusOk()
			.bodyText()
			.contains("/export/statements.csv?q=C%2B%2B");
	}

}
