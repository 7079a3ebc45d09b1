package org.sanctuarytracker.statement;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search over quotes and context, with its filters.
 */
@TrackerTest
class StatementPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementService statements;

	@Test
	void shouldFindTheQuotesThatSaySanctuary() {
		assertThat(this.mvc.get().uri("/statements?q=sanctuary")).hasStatusOk()
			.bodyText()
			.contains("It always will be a sanctuary city")
			.contains("We will cancel all federal funding to sanctuary cities")
			.doesNotContain("They’re mobilizing");
	}

	@Test
	void shouldMatchWordFormsAndWebSearchSyntax() {
		assertThat(this.mvc.get().uri("/statements?q=deportations")).bodyText()
			.contains("the instructions of the federal government in cases of mass deportations")
			.contains("hunt down, arrest and deport");
		assertThat(this.mvc.get().uri("/statements?q=\"federal funding\" -cancel")).bodyText()
			.doesNotContain("We will cancel all federal funding");
	}

	@Test
	void shouldSearchTheContextToo() {
		assertThat(this.mvc.get().uri("/statements?q=Colorado Public Radio")).bodyText()
			.contains("forcibly take our neighbors away from us");
	}

	@Test
	void shouldFilterByStanceJurisdictionAndPerson() {
		assertThat(this.mvc.get().uri("/statements?stance=OPPOSES_SANCTUARY&jurisdiction=chicago-il")).bodyText()
			.contains("get the hell out of the way")
			.contains("We need those funds")
			.doesNotContain("It always will be a sanctuary city");
		assertThat(this.mvc.get().uri("/statements?person=tom-homan")).bodyText()
			.contains("get the hell out of the way")
			.contains("with you or without you")
			.contains("<option value=\"tom-homan\" selected=\"selected\">Tom Homan</option>")
			.doesNotContain("Rahm Emanuel</a>");
	}

	@Test
	void shouldFilterByDateCountingMonthAndYearPrecision() {
		assertThat(this.mvc.get().uri("/statements?from=2016-11-15&to=2016-12-31")).bodyText()
			.contains("It always will be a sanctuary city")
			.contains("We expect there could be actions right away.")
			.doesNotContain("get the hell out of the way");
	}

	@Test
	void shouldPageResultsAndKeepTheSearchInTheForm() {
		assertThat(this.mvc.get().uri("/statements?q=sanctuary&size=1&page=2")).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 2 to 2 of \\d+")
			.contains("value=\"sanctuary\"")
			.contains("q=sanctuary&amp;size=1&amp;page=1");
	}

	@Test
	void shouldAnswer400ForMalformedParameters() {
		assertThat(this.mvc.get().uri("/statements?from=notadate")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("from: must be a date written as YYYY-MM-DD (given: “notadate”)");
		assertThat(this.mvc.get().uri("/statements?stance=ANGRY")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/statements?from=2020-01-01&to=2019-01-01")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("the start date must not be after the end date");
		assertThat(this.mvc.get().uri("/statements?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldOfferTheSpeakerAndPlaceChoicesOnlyWhileTheListsStayShort() {
		// The demo data has a handful of each: lists; beyond the bound, none (a text
		// field).
		assertThat(this.statements.speakers(1000)).get().asList().hasSizeGreaterThan(1);
		assertThat(this.statements.speakers(1)).isEmpty();
		assertThat(this.statements.subjects(1000)).get().asList().hasSizeGreaterThan(1);
		assertThat(this.statements.subjects(1)).isEmpty();
	}

}
