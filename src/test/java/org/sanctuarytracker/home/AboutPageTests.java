package org.sanctuarytracker.home;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The methodology page: a definition for every status and provision, the coverage as the
 * database counts it, and the labels elsewhere linking to their definitions.
 */
@TrackerTest
class AboutPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldDefineEveryStatusAndEveryProvisionUnderItsOwnAnchor() throws Exception {
		String page = this.mvc.get().uri("/about").exchange().getResponse().getContentAsString();
		for (JurisdictionStatus status : JurisdictionStatus.values()) {
			assertThat(page).contains("<dt id=\"status-" + status + "\">");
		}
		for (Provision provision : Provision.values()) {
			assertThat(page).contains("<dt id=\"provision-" + provision + "\">")
				.contains("href=\"/map?provision=" + provision + "\"");
		}
		assertThat(page).contains("Limits its cooperation with federal immigration enforcement by policy")
			.contains("No editor has assessed it yet")
			.contains("How an assessment is made")
			.contains("What “as of” means")
			.contains("Corrections")
			.contains("How to cite");
	}

	@Test
	void shouldCountTheAssessedJurisdictionsAsTheDatabaseHoldsThem() {
		long total = this.jdbc.queryForObject("select count(*) from jurisdiction", Long.class);
		long assessed = this.jdbc.queryForObject("select count(*) from jurisdiction where status <> 'UNASSESSED'",
				Long.class);
		long counties = this.jdbc.queryForObject("select count(*) from jurisdiction where kind = 'COUNTY'", Long.class);
		assertThat(assessed).isPositive().isLessThan(total);
		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("Assessed: " + String.format("%,d", assessed) + " of " + String.format("%,d", total)
					+ " jurisdictions.")
			.containsPattern("href=\"/jurisdictions\\?kind=COUNTY\">County</a></th>\\s*<td class=\"text-end\">"
					+ String.format("%,d", counties) + "</td>");
	}

	@Test
	void shouldBeLinkedFromTheHeaderTheProfileAndTheMapLegend() {
		assertThat(this.mvc.get().uri("/jurisdictions/chicago-il")).bodyText()
			.contains("<a class=\"nav-link\" href=\"/about\">About</a>")
			.contains("href=\"/about#status-SANCTUARY\"");
		assertThat(this.mvc.get().uri("/map")).bodyText().contains("href=\"/about#status-UNASSESSED\"");
	}

	@Test
	void shouldSpeakSpanish() {
		assertThat(this.mvc.get().uri("/about?lang=es")).hasStatusOk()
			.bodyText()
			.contains("Qué significa cada estado")
			.contains("Evaluadas: ");
	}

}
