package org.sanctuarytracker.reading;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jurisdictions side by side: the provisions matrix says what is in force where, each
 * fact keeps its source, places are added by name without JavaScript, and the comparison
 * downloads as CSV.
 */
@TrackerTest
class CompareTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldPutChicagoAndLosAngelesSideBySide() {
		assertThat(this.mvc.get().uri("/compare?j=chicago-il&j=los-angeles-ca")).hasStatusOk()
			.bodyText()
			.contains("<title>Compare Chicago · Los Angeles — Sanctuary-policy tracker</title>")
			.contains("href=\"/jurisdictions/chicago-il\">Chicago</a>")
			.contains("href=\"/jurisdictions/los-angeles-ca\">Los Angeles</a>")
			.contains("Provisions in force", "Federal money at risk", "Latest statements")
			.contains("href=\"/about#provision-DECLINES_DETAINERS\"")
			.contains("href=\"/compare.csv?j=chicago-il&amp;j=los-angeles-ca\"")
			// Removing one keeps the other.
			.contains("href=\"/compare?j=los-angeles-ca\"")
			.contains("Sources cited on this page");
	}

	@Test
	void shouldMarkEachProvisionInForceWithThePolicyThatPutsItThere() throws Exception {
		long source = this.fixtures.source("Compare source");
		String withPolicy = Fixtures.unique("compared");
		long place = this.fixtures.jurisdiction(withPolicy, "CITY", "ZZ");
		long policy = this.fixtures.policy(place, "Compared detainer ordinance", "DECLINES_DETAINERS", source);
		String without = Fixtures.unique("compared");
		this.fixtures.jurisdiction(without, "CITY", "ZZ");
		String page = body("/compare?j=" + withPolicy + "&j=" + without);
		String row = page.substring(page.indexOf("href=\"/about#provision-DECLINES_DETAINERS\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("In force").contains("href=\"/policies/" + policy + "\">Compared detainer ordinance<");
		assertThat(row.indexOf("None on record")).as("the second place has no such policy")
			.isGreaterThan(row.indexOf("Compared detainer ordinance"));
	}

	@Test
	void shouldNeverAddAmountsToSharesAndCiteEachRow() {
		long source = this.fixtures.source("Funding compare source");
		String slug = Fixtures.unique("funded");
		long place = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		long funding = this.fixtures.funding(place, "Byrne JAG", new BigDecimal("2500000"), source);
		assertThat(this.mvc.get().uri("/compare?j=" + slug)).hasStatusOk()
			.bodyText()
			.contains("Byrne JAG")
			.contains("$2,500,000")
			.contains("Amounts and shares are never added together")
			.containsPattern(
					"href=\"/funding/" + funding + "\">Byrne JAG</a><sup class=\"cite\"><a href=\"#source-\\d+\"");
	}

	@Test
	void shouldAddAPlaceByNameChosenAmongLinks() {
		assertThat(this.mvc.get().uri("/compare?j=chicago-il&find=los angeles")).hasStatusOk()
			.bodyText()
			.contains("href=\"/compare?j=chicago-il&amp;j=los-angeles-ca\"")
			.contains(">Los Angeles</span>");
		assertThat(this.mvc.get().uri("/compare?j=chicago-il&find=zzqxnowhere")).hasStatusOk()
			.bodyText()
			.contains("No jurisdiction matches “zzqxnowhere”.");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.contains("<form method=\"get\" action=\"/compare\"")
			.contains("<input type=\"hidden\" name=\"j\" value=\"chicago-il\">");
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk().bodyText().contains("Jurisdiction to compare");
	}

	@Test
	void shouldAcceptSlugsInAnyCaseAndRefuseTooManyOrUnknownPlaces() {
		assertThat(this.mvc.get().uri("/compare?j=CHICAGO-IL")).hasStatusOk().bodyText().contains("Chicago");
		assertThat(this.mvc.get().uri("/compare?j=a&j=b&j=c&j=d&j=e")).hasStatus(400)
			.bodyText()
			.contains("A comparison holds up to 4 jurisdictions.");
		assertThat(this.mvc.get().uri("/compare?j=chicago")).hasStatus(404).bodyText().contains("chicago-il");
		assertThat(this.mvc.get().uri("/compare.csv")).hasStatus(400);
	}

	@Test
	void shouldDownloadTheComparisonAsCsvWithGeoidsAsText() {
		assertThat(this.mvc.get().uri("/compare.csv?j=chicago-il&j=los-angeles-ca")).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"compare-chicago-il-los-angeles-ca.csv\"")
			.bodyText()
			.startsWith("field,chicago-il,los-angeles-ca\r\nname,Chicago,Los Angeles\r\n")
			.contains("\r\ngeoid,1714000,0644000\r\n")
			.contains("\r\nstatus,SANCTUARY,")
			.contains("\r\nin_force_declines_detainers,");
	}

	@Test
	void shouldCompareFourPlacesWithAFewQueriesEach() {
		long source = this.fixtures.source("Query count source");
		long person = this.fixtures.person(Fixtures.unique("speaker"));
		StringBuilder uri = new StringBuilder("/compare?");
		for (int p = 0; p < 4; p++) {
			String slug = Fixtures.unique("counted");
			long place = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
			for (int i = 0; i < 12; i++) {
				this.fixtures.policy(place, "Policy " + i, "NO_STATUS_INQUIRY", source);
				this.fixtures.statement(person, place, LocalDate.of(2024, 1, 1 + i), "Quote " + i, "NEUTRAL", source);
				this.fixtures.funding(place, "Program " + i, BigDecimal.TEN, source);
				this.fixtures.indicator(place, "MIGRANT_ARRIVALS", BigDecimal.valueOf(i), source);
			}
			uri.append("j=").append(slug).append('&');
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri.toString())).hasStatusOk().bodyText().contains("All 12");
		// Per place: the header, what is in force, and a page, a count and the rows of
		// each of the four lists; never one per row.
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4 * 16);
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
