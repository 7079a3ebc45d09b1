package org.sanctuarytracker.map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map of the states and of the counties (/map, the home page) and a state's own map
 * of its counties, drawn from the reference data's outlines.
 */
@TrackerTest
class MapPagesTests {

	static final int MAX_PAGE_BYTES = 300 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldDrawEveryStateAsALinkNamedWithItsStatus() throws Exception {
		String body = body("/map");
		// The states, DC, and Puerto Rico and the U.S. Virgin Islands in their inset.
		assertThat(occurrences(body, "class=\"map-shape ")).isEqualTo(53);
		assertThat(body).contains("<a href=\"/jurisdictions/illinois\"><title>Illinois: ")
			.contains("<a href=\"/jurisdictions/puerto-rico\"><title>Puerto Rico: ")
			.contains("<title>New York City, NY: Sanctuary</title><circle class=\"map-dot status-SANCTUARY\"")
			// The table is the text alternative: the Pacific territories are in it,
			// though not drawn.
			.containsPattern("Guam</a>\\s*<span[^>]*>\\(not drawn on the map\\)")
			.doesNotContainPattern("Puerto Rico</a>\\s*<span[^>]*>\\(not drawn");
	}

	@Test
	void shouldShowTheMapOfTheStatesOnTheHomePage() throws Exception {
		String body = body("/");
		assertThat(occurrences(body, "class=\"map-shape ")).isEqualTo(53);
		assertThat(body).contains("href=\"/map?level=county\"");
	}

	@Test
	void shouldDrawTheCountiesOfAStateThatShareAStatusAsOneLink() throws Exception {
		String body = body("/map?level=county");
		assertThat(body).contains(
				"<a href=\"/jurisdictions?state=IL&amp;kind=COUNTY&amp;status=UNASSESSED\"><title>Illinois: 102 counties, Not assessed</title>")
			.contains("class=\"map-borders\"")
			.contains("Counties of each state by status");
		// The table counts a state's counties and links each count to their list.
		assertThat(body).contains("<a href=\"/jurisdictions?state=IL&amp;kind=COUNTY&amp;status=UNASSESSED\">102</a>");
	}

	@Test
	void shouldSetApartThePlacesWhereAProvisionIsInForce() throws Exception {
		String body = body("/map?provision=DECLINES_DETAINERS&kind=CITY");
		assertThat(body)
			.contains("<title>New York City, NY: Sanctuary</title><circle class=\"map-dot status-SANCTUARY\"")
			.contains(
					"<title>Chicago, IL: Sanctuary (does not match the filter)</title><circle class=\"map-dot map-nomatch\"")
			.contains("Does not match the filter (53)");
		assertThat(occurrences(body, "class=\"map-shape map-nomatch\"")).isEqualTo(53);
		assertThat(body("/map?level=county&provision=DECLINES_DETAINERS"))
			.contains("Does not match the filter (3,220)");
	}

	@Test
	void shouldRefuseBadParametersWithAClearMessage() {
		assertThat(this.mvc.get().uri("/map?level=country")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("must be state or county");
		assertThat(this.mvc.get().uri("/map?provision=NO_SUCH_PROVISION")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("provision");
		assertThat(this.mvc.get().uri("/map?kind=PLANET")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("kind");
	}

	@Test
	void shouldKeepEveryMapPageUnder300KB() throws Exception {
		for (String page : new String[] { "/", "/map", "/map?level=county", "/map?level=county&kind=COUNTY",
				"/jurisdictions/texas", "/jurisdictions/california" }) {
			byte[] bytes = this.mvc.get().uri(page).exchange().getResponse().getContentAsByteArray();
			assertThat(bytes.length).as(page).isLessThan(MAX_PAGE_BYTES);
		}
	}

	@Test
	void shouldShowAStatesOwnMapOfItsCounties() throws Exception {
		String body = body("/jurisdictions/illinois");
		assertThat(occurrences(body, "class=\"map-shape ")).isEqualTo(102);
		assertThat(body).contains("<a href=\"/jurisdictions/cook-county-il\"><title>Cook County: Not assessed</title>")
			.contains("<title>Chicago, IL: Sanctuary</title>");
		assertThat(body("/jurisdictions/cook-county-il")).doesNotContain("class=\"map-shape");
		// Puerto Rico, in the Caribbean inset, has its 78 municipios; Guam is not drawn.
		String puertoRico = body("/jurisdictions/puerto-rico");
		assertThat(occurrences(puertoRico, "class=\"map-shape ")).isEqualTo(78);
		assertThat(puertoRico).contains(
				"<a href=\"/jurisdictions/san-juan-municipio-pr\"><title>San Juan Municipio: Not assessed</title>");
		assertThat(body("/jurisdictions/guam")).doesNotContain("class=\"map-shape");
	}

	@Test
	void shouldSpeakSpanish() throws Exception {
		assertThat(body("/map?lang=es")).contains("Mapa de los estados según su situación");
	}

	private String body(String uri) throws Exception {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private static int occurrences(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
