package org.sanctuarytracker.reading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which links of a page of the past carry its moment: those to pages that can show it.
 */
class PastLinksTests {

	private static final String MOMENT = "2025-06-01T12:00:00Z";

	private static final String CARRIED = "as_of=2025-06-01T12%3A00%3A00Z";

	@Test
	void shouldCarryTheMomentToProfilesAndDownloads() {
		assertThat(PastLinks.withMoment("/jurisdictions/cook-county-il", "", MOMENT))
			.isEqualTo("/jurisdictions/cook-county-il?" + CARRIED);
		assertThat(PastLinks.withMoment("/jurisdictions/chicago-il#statements", "", MOMENT))
			.isEqualTo("/jurisdictions/chicago-il?" + CARRIED + "#statements");
		assertThat(PastLinks.withMoment("/export/statements.csv?jurisdiction=chicago-il", "", MOMENT))
			.isEqualTo("/export/statements.csv?jurisdiction=chicago-il&" + CARRIED);
		assertThat(PastLinks.withMoment("/tracker/jurisdictions/chicago-il", "/tracker", MOMENT))
			.isEqualTo("/tracker/jurisdictions/chicago-il?" + CARRIED);
		assertThat(PastLinks.withMoment("/jurisdictions?state=IL&kind=COUNTY", "", MOMENT))
			.isEqualTo("/jurisdictions?state=IL&kind=COUNTY&" + CARRIED);
		assertThat(PastLinks.withMoment("/map?level=county", "", MOMENT)).isEqualTo("/map?level=county&" + CARRIED);
		assertThat(PastLinks.withMoment("/search?q=chicago", "", MOMENT)).isEqualTo("/search?q=chicago&" + CARRIED);
	}

	@Test
	void shouldLeaveLinksToPagesThatShowOnlyTodayAlone() {
		for (String link : new String[] { "/jurisdictions/new", "/people/rahm-emanuel", "/statements", "/funding",
				"/jurisdictions/chicago-il/edit", "/jurisdictions/chicago-il/policies",
				"/jurisdictions/chicago-il/changes.atom", "/history/jurisdictions/5", "/statements/12", "/policies/3",
				"/about#status-SANCTUARY", "https://example.org/jurisdictions/x",
				"/jurisdictions/chicago-il?as_of=2024-01-01", "/map?as_of=" }) {
			assertThat(PastLinks.withMoment(link, "", MOMENT)).as(link).isEqualTo(link);
		}
	}

}
