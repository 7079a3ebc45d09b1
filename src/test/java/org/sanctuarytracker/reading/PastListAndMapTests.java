package org.sanctuarytracker.reading;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * The jurisdiction list and the map as the record stood at a past moment: the places,
 * statuses and provisions in force then, read from the history like the exports; a
 * banner, the way back to today, and links that stay on that day.
 */
@TrackerTest
class PastListAndMapTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldListThePlacesAndProvisionsAsTheyStoodThen() {
		Instant before = newestRevisionInstant();
		String slug = Fixtures.unique("pastlist");
		String name = EditingSupport.jurisdictionName(slug);
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		Instant created = newestRevisionInstant();
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		ResearchSupport.createPolicy(this.mvc, slug, source, "Detainer ordinance " + slug, "provisions",
				"DECLINES_DETAINERS");

		String thenByName = "/jurisdictions?q={q}&as_of={then}";
		assertThat(text(this.mvc.get().uri(thenByName, name, before.toString()).exchange()))
			.doesNotContain(">" + name + "<")
			.contains("You are viewing this record as it stood on");
		MvcTestResult then = this.mvc.get().uri(thenByName, name, created.toString()).exchange();
		assertThat(then).hasStatusOk();
		assertThat(then.getResponse().getHeader("X-Snapshot-As-Of")).isEqualTo(created.toString());
		String encoded = created.toString().replace(":", "%3A");
		assertThat(text(then)).contains(">" + name + "<")
			// Its profile, the CSV of the list and the way back, on that day and today.
			.contains("href=\"/jurisdictions/" + slug + "?as_of=" + encoded + "\"")
			.contains("/export/jurisdictions.csv?q=")
			.contains("as_of=" + encoded)
			.contains("See it as it is today");

		String withProvision = "/jurisdictions?q={q}&provision=DECLINES_DETAINERS";
		assertThat(text(this.mvc.get().uri(withProvision, name).exchange())).contains(">" + name + "<");
		assertThat(text(this.mvc.get().uri(withProvision + "&as_of={then}", name, created.toString()).exchange()))
			.doesNotContain(">" + name + "<");
	}

	@Test
	void shouldPageAndSortThePastLikeToday() {
		String prefix = Fixtures.unique("pastpage");
		for (int i = 0; i < 3; i++) {
			ResearchSupport.createJurisdiction(this.mvc, this.jdbc, prefix + "-" + i, "population",
					String.valueOf(1000 + i), "populationYear", "2020");
		}
		Instant now = newestRevisionInstant();
		String name = EditingSupport.jurisdictionName(prefix);
		String page2 = text(this.mvc.get()
			.uri("/jurisdictions?q={q}&sort=population&size=2&page=2&as_of={now}", name, now.toString())
			.exchange());
		// By population, largest first: the smallest is alone on page 2.
		assertThat(page2).contains(">" + EditingSupport.jurisdictionName(prefix + "-0") + "<")
			.doesNotContain(">" + EditingSupport.jurisdictionName(prefix + "-2") + "<");
	}

	@Test
	void shouldDrawTheMapAsItStoodThen() {
		String slug = Fixtures.unique("pastdot");
		String name = EditingSupport.jurisdictionName(slug);
		// The most populous city of all, so it is among the dots drawn.
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "population", "900000000", "populationYear",
				"2020", "latitude", "41.5", "longitude", "-88.5");
		Instant created = newestRevisionInstant();
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		ResearchSupport.createPolicy(this.mvc, slug, source, "Detainer ordinance " + slug, "provisions",
				"DECLINES_DETAINERS");

		String today = text(this.mvc.get().uri("/map?provision=DECLINES_DETAINERS").exchange());
		assertThat(today).contains("<title>" + name + ", ");
		assertThat(dotOf(today, slug)).doesNotContain("map-nomatch").doesNotContain("as_of");

		MvcTestResult then = this.mvc.get()
			.uri("/map?provision=DECLINES_DETAINERS&as_of={then}", created.toString())
			.exchange();
		assertThat(then).hasStatusOk();
		assertThat(then.getResponse().getHeader("X-Snapshot-Revision")).isNotNull();
		String past = text(then);
		assertThat(past).contains("You are viewing this record as it stood on")
			.contains("value=\"" + created.toString().substring(0, 10) + "\"");
		// There then, but its ordinance was not yet recorded: drawn as not matching, and
		// its link stays on that day.
		assertThat(dotOf(past, slug)).contains("map-nomatch").contains("as_of=");
		assertThat(this.mvc.get().uri("/map?as_of=someday")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/jurisdictions?as_of=2999-01-01")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldGiveTheSameMapAndListForTheSameMomentWhateverWasSavedSince() {
		Instant then = newestRevisionInstant();
		String map = text(this.mvc.get().uri("/map?level=county&as_of={then}", then.toString()).exchange());
		String list = text(this.mvc.get().uri("/jurisdictions?sort=updated&as_of={then}", then.toString()).exchange());
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, Fixtures.unique("since"), "population", "900000001",
				"populationYear", "2020", "latitude", "40.5", "longitude", "-89.5");
		assertThat(text(this.mvc.get().uri("/map?level=county&as_of={then}", then.toString()).exchange()))
			.isEqualTo(map);
		assertThat(text(this.mvc.get().uri("/jurisdictions?sort=updated&as_of={then}", then.toString()).exchange()))
			.isEqualTo(list);
	}

	/** The link around a city's dot on the map. */
	private static String dotOf(String page, String slug) {
		int at = page.indexOf("href=\"/jurisdictions/" + slug);
		assertThat(at).as("a link to " + slug).isPositive();
		return page.substring(at, page.indexOf("</a>", at));
	}

	private Instant newestRevisionInstant() {
		return this.jdbc.queryForObject("select revised_at from revision order by id desc limit 1", Timestamp.class)
			.toInstant();
	}

}
