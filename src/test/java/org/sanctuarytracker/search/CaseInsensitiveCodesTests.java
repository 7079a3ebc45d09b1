package org.sanctuarytracker.search;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes in URLs read whatever their case, with hyphens for underscores; a code that names
 * nothing is still a 400.
 */
@TrackerTest
class CaseInsensitiveCodesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldReadCodesInAnyCase() throws Exception {
		String exact = this.mvc.get()
			.uri("/jurisdictions?status=SANCTUARY&kind=CITY&provision=DECLINES_DETAINERS")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(exact).contains("href=\"/jurisdictions/new-york-city-ny\"");
		for (String typed : new String[] { "status=sanctuary&kind=city&provision=declines_detainers",
				"status=Sanctuary&kind=City&provision=declines-detainers",
				"status= sanctuary &kind=cItY&provision=Declines-Detainers" }) {
			assertThat(this.mvc.get().uri("/jurisdictions?" + typed)).as(typed)
				.hasStatusOk()
				.bodyText()
				.contains("href=\"/jurisdictions/new-york-city-ny\"");
		}
		assertThat(this.mvc.get().uri("/jurisdictions?status=limited-cooperation")).hasStatusOk();
		// The words too: other tests' newer supporting statements may fill the first
		// page.
		assertThat(this.mvc.get().uri("/statements?stance=supports_sanctuary&q=always+will+be")).hasStatusOk()
			.bodyText()
			.contains("It always will be a sanctuary city");
	}

	@Test
	void shouldStillRefuseACodeThatNamesNothing() {
		assertThat(this.mvc.get().uri("/jurisdictions?status=sanctuaryish")).hasStatus(400);
		assertThat(this.mvc.get().uri("/statements?stance=pro")).hasStatus(400);
		assertThat(this.mvc.get().uri("/jurisdictions?kind=")).hasStatusOk();
	}

}
