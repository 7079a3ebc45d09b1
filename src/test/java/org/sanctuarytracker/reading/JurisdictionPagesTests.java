package org.sanctuarytracker.reading;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jurisdiction list with its filters, and the profile a journalist reads on deadline.
 */
@TrackerTest
class JurisdictionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldShowChicagosLegalDefenseFundWithAmountAndSource() {
		MvcTestResult page = this.mvc.get().uri("/jurisdictions/chicago-il").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Chicago")
			.contains("Sanctuary")
			.contains("as of November 2024")
			.contains("Legal defense fund for immigrants facing deportation")
			.contains("$1,300,000")
			.contains("Budget measure")
			.contains("[Untitled article: Sanctuary cities offer taxpayer-funded legal defense funds")
			.contains("href=\"/sources/");
	}

	@Test
	void shouldShowTheOfficialsStatementsNewestFirstWithTheirTitles() throws Exception {
		String body = this.mvc.get().uri("/jurisdictions/chicago-il").exchange().getResponse().getContentAsString();
		assertThat(body).contains("It always will be a sanctuary city")
			.contains("Rahm Emanuel</a><span>, Mayor</span>")
			.contains("Brandon Johnson")
			.contains("border czar");
		// The rationale quotes Emanuel too; the order is the statements section's.
		String statements = body.substring(body.indexOf("id=\"statements\""));
		assertThat(statements.indexOf("cower to someone’s threat"))
			.isLessThan(statements.indexOf("It always will be a sanctuary city"));
	}

	@Test
	void shouldShowProvisionsInForceAndNumberedSources() throws Exception {
		String body = this.mvc.get().uri("/jurisdictions/denver-co").exchange().getResponse().getContentAsString();
		assertThat(body).contains("Provisions in force")
			.contains("No immigration-status inquiries")
			.contains("Bars local resources for enforcement")
			.contains("id=\"source-1\"")
			.contains("href=\"#source-1\"")
			.contains("Undated")
			.contains("about 45,000");
	}

	@Test
	void shouldShowCarveOutsVotesFundingAndParent() {
		assertThat(this.mvc.get().uri("/jurisdictions/new-york-city-ny")).bodyText()
			.contains("170 serious offenses")
			.contains("Declines ICE detainers")
			.contains("more than $5,000,000,000")
			.contains("href=\"/jurisdictions/new-york\"");
		assertThat(this.mvc.get().uri("/jurisdictions/los-angeles-ca")).bodyText()
			.contains("unanimous")
			.contains("L.A. Justice Fund")
			.contains("Garcetti said no");
		assertThat(this.mvc.get().uri("/jurisdictions/washington-dc")).bodyText()
			.contains("All federal funds")
			.contains("20%")
			.contains("Threatened");
	}

	@Test
	void shouldAnswer404ForAnUnknownSlug() {
		assertThat(this.mvc.get().uri("/jurisdictions/atlantis-xx")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no jurisdiction “atlantis-xx”.")
			.doesNotContain("Exception");
	}

	@Test
	void shouldListEveryJurisdictionWithTotals() {
		// The reference data (every state, territory and county) and the demo's places.
		assertThat(this.mvc.get().uri("/jurisdictions?size=100")).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 1 to 100 of 3,[0-9]{3}")
			.contains("Abbeville County");
		assertThat(this.mvc.get().uri("/jurisdictions?kind=CITY")).bodyText().contains("Chicago");
		assertThat(this.mvc.get().uri("/jurisdictions?kind=FEDERAL_DISTRICT")).bodyText().contains("Washington, D.C.");
	}

	@Test
	void shouldFilterByStateAndKindAndKeepTheFiltersInTheForm() {
		assertThat(this.mvc.get().uri("/jurisdictions?state=il&kind=CITY")).hasStatusOk()
			.bodyText()
			.contains(">Chicago<")
			.doesNotContain(">Illinois</a>")
			.doesNotContain(">Denver<")
			.contains("<option value=\"IL\" selected=\"selected\">IL</option>")
			.contains("<option value=\"CITY\" selected=\"selected\">City</option>");
	}

	@Test
	void shouldFilterByStatus() {
		assertThat(this.mvc.get().uri("/jurisdictions?status=UNASSESSED&state=CO")).bodyText()
			.contains(">Aurora<")
			.doesNotContain(">Denver<");
	}

	@Test
	void shouldFilterByProvisionInForce() {
		// The L.A. Justice Fund was announced, not enacted: it puts nothing in force.
		assertThat(this.mvc.get().uri("/jurisdictions?provision=LEGAL_DEFENSE_FUND")).bodyText()
			.contains(">Chicago<")
			.doesNotContain(">Los Angeles<")
			.doesNotContain(">Denver<")
			.doesNotContain(">New York City<");
	}

	@Test
	void shouldFilterByNameIgnoringCase() {
		assertThat(this.mvc.get().uri("/jurisdictions?q=ANGELES")).bodyText()
			.contains(">Los Angeles<")
			.contains(">Los Angeles County<")
			.doesNotContain(">Chicago<");
	}

	@Test
	void shouldFilterByNameIgnoringAccentsPunctuationAndSaint() {
		assertThat(this.mvc.get().uri("/jurisdictions?q=dona+ana")).bodyText().contains(">Doña Ana County<");
		assertThat(this.mvc.get().uri("/jurisdictions?q=Saint+Louis&state=MN")).bodyText()
			.contains(">St. Louis County<");
		assertThat(this.mvc.get().uri("/jurisdictions?q=---")).bodyText().contains("Nothing matches these filters.");
		// Each filter reads its own words, whatever was filtered before.
		assertThat(this.mvc.get().uri("/jurisdictions?q=cook")).bodyText().contains(">Cook County<");
		assertThat(this.mvc.get().uri("/jurisdictions?q=dona+ana")).bodyText().doesNotContain(">Cook County<");
	}

	@Test
	void shouldTreatLikeWildcardsInTheNameAsText() {
		// As parameters: a template would encode "%" again and send "%25" as the words.
		assertThat(this.mvc.get().uri("/jurisdictions").param("q", "%")).bodyText()
			.contains("Nothing matches these filters.");
		assertThat(this.mvc.get().uri("/jurisdictions").param("q", "_")).bodyText()
			.contains("Nothing matches these filters.");
	}

	@Test
	void shouldPageAndKeepFiltersInPageLinks() {
		MvcTestResult page = this.mvc.get().uri("/jurisdictions?kind=STATE&size=2&page=2").exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.containsPattern("Showing 3 to 4 of \\d+")
			.contains("href=\"/jurisdictions?kind=STATE&amp;size=2&amp;page=1\"")
			.contains("href=\"/jurisdictions?kind=STATE&amp;size=2&amp;page=3\"");
	}

	@Test
	void shouldSortByStatus() throws Exception {
		String body = this.mvc.get()
			.uri("/jurisdictions?sort=status&state=CO&size=100")
			.exchange()
			.getResponse()
			.getContentAsString();
		// Sanctuary before not assessed; within a status, by name.
		assertThat(body.indexOf(">Denver<")).isPositive().isLessThan(body.indexOf(">Aurora<"));
		assertThat(body.indexOf(">Aurora<")).isLessThan(body.indexOf(">Colorado<"));
	}

	@Test
	void shouldAnswer400ForMalformedParameters() {
		assertThat(this.mvc.get().uri("/jurisdictions?page=-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("page: must be 1 or more");
		assertThat(this.mvc.get().uri("/jurisdictions?status=BOGUS")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("status: is not a value this page knows (given: “BOGUS”)");
		assertThat(this.mvc.get().uri("/jurisdictions?sort=random")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions?size=1000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions?page=abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be a whole number");
		assertThat(this.mvc.get().uri("/jurisdictions?state=Illinois")).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
