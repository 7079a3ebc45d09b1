package org.sanctuarytracker.reading;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy, person and source detail pages, and their 404s.
 */
@TrackerTest
class DetailPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldListTheFirstFiftyFactsOfEachKindThatCiteASource() throws Exception {
		long source = this.fixtures.source("A census table cited everywhere");
		for (int i = 0; i < 51; i++) {
			long place = this.fixtures.jurisdiction(Fixtures.unique("cited"), "CITY", "ZZ");
			this.fixtures.indicator(place, "MIGRANT_ARRIVALS", java.math.BigDecimal.valueOf(i), source);
		}
		long few = this.fixtures.source("A report cited once");
		this.fixtures.indicator(this.fixtures.jurisdiction(Fixtures.unique("once"), "CITY", "ZZ"), "MIGRANT_ARRIVALS",
				java.math.BigDecimal.ONE, few);
		String page = this.mvc.get().uri("/sources/{id}", source).exchange().getResponse().getContentAsString();
		assertThat(page).contains("The first 50 are listed here");
		assertThat(page.split("Migrant arrivals", -1)).hasSize(51);
		assertThat(this.mvc.get().uri("/sources/{id}", few)).hasStatusOk()
			.bodyText()
			.doesNotContain("The first 50 are listed here");
	}

	@Test
	void shouldShowAPolicyWithItsProvisionsAndSources() {
		long id = this.jdbc.queryForObject("select id from policy where title = 'L.A. Justice Fund'", Long.class);
		assertThat(this.mvc.get().uri("/policies/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("L.A. Justice Fund")
			.contains("December 2016")
			.contains("Legal defense fund")
			.contains("href=\"/jurisdictions/los-angeles-ca\"")
			.contains("id=\"source-1\"")
			.contains("id=\"source-2\"");
	}

	@Test
	void shouldShowAPersonWithEverythingTheySaid() {
		assertThat(this.mvc.get().uri("/people/donald-trump")).hasStatusOk()
			.bodyText()
			.contains("Donald Trump")
			.contains("President-elect")
			.contains("We will cancel all federal funding to sanctuary cities")
			.doesNotContain("Republican")
			.contains("hunt down, arrest and deport");
	}

	@Test
	void shouldListEveryFactThatCitesASource() {
		long id = this.jdbc.queryForObject("select id from source where publisher = 'NewsNation'", Long.class);
		assertThat(this.mvc.get().uri("/sources/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("NewsNation")
			.contains("November 2024")
			.contains("Status assessments")
			.contains("Sanctuary city ordinance")
			.contains("get the hell out of the way")
			.contains("Migrant arrivals")
			.doesNotContain("It always will be a sanctuary city");
	}

	@Test
	void shouldListDesignationsAndFundingCitingASource() {
		long jurisdiction = this.fixtures.jurisdiction(Fixtures.unique("listed"), "COUNTY", "ZZ");
		long source = this.fixtures.source("DOJ list publication");
		this.fixtures.designation(jurisdiction, "DOJ sanctuary jurisdiction list", source);
		this.fixtures.funding(jurisdiction, "Byrne JAG", new java.math.BigDecimal("250000.50"), source);
		assertThat(this.mvc.get().uri("/sources/{id}", source)).bodyText()
			.contains("DOJ sanctuary jurisdiction list")
			.contains("Byrne JAG")
			.contains("$250,000.50");
	}

	@Test
	void shouldAnswer404ForUnknownRecords() {
		assertThat(this.mvc.get().uri("/policies/999999")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Not found");
		assertThat(this.mvc.get().uri("/policies/not-a-number")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/people/nobody-at-all")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sources/999999")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
