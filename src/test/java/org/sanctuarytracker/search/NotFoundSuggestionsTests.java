package org.sanctuarytracker.search;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jurisdiction's or a person's 404 offers the nearest records, linked, in either
 * language; other 404s stay as they were.
 */
@TrackerTest
class NotFoundSuggestionsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldSuggestTheNearestJurisdictions() {
		assertThat(this.mvc.get().uri("/jurisdictions/chicago")).hasStatus(404)
			.bodyText()
			.contains("Did you mean:", "<a href=\"/jurisdictions/chicago-il\">Chicago, IL</a>");
		assertThat(this.mvc.get().uri("/jurisdictions/los-angelos")).hasStatus(404)
			.bodyText()
			.contains("<a href=\"/jurisdictions/los-angeles-ca\">Los Angeles, CA</a>");
		assertThat(this.mvc.get().uri("/jurisdictions/chicago?lang=es")).hasStatus(404)
			.bodyText()
			.contains("Quizá buscaba:", "href=\"/jurisdictions/chicago-il\"");
	}

	@Test
	void shouldSuggestTheNearestPeople() {
		assertThat(this.mvc.get().uri("/people/garcetti")).hasStatus(404)
			.bodyText()
			.contains("<a href=\"/people/eric-garcetti\">Eric Garcetti</a>");
		assertThat(this.mvc.get().uri("/people/de-blasio")).hasStatus(404)
			.bodyText()
			.contains("<a href=\"/people/bill-de-blasio\">Bill de Blasio</a>");
	}

	@Test
	void shouldSuggestNothingWhenNothingIsNear() {
		assertThat(this.mvc.get().uri("/jurisdictions/zzqxjvw")).hasStatus(404)
			.bodyText()
			.doesNotContain("Did you mean");
		assertThat(this.mvc.get().uri("/policies/999999999")).hasStatus(404).bodyText().doesNotContain("Did you mean");
	}

}
