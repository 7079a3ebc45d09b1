package org.sanctuarytracker.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy timeline on a profile: drawn for the policies the profile lists, each row a
 * link named with its dates as the sources give them, in both languages; absent where
 * there is nothing to place.
 */
@TrackerTest
class ProfileTimelineTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldDrawChicagosPoliciesAsLinksNamedWithTheirYear() throws Exception {
		String body = body("/jurisdictions/chicago-il");
		String chart = timelineOf(body);
		String fund = firstPolicyIdIn(body.substring(body.indexOf("id=\"policies\"")));
		assertThat(chart).contains("role=\"group\"",
				"aria-labelledby=\"profile-timeline-title\" aria-describedby=\"profile-timeline-desc\"",
				"<title id=\"profile-timeline-title\">Policies over time</title>",
				"<desc id=\"profile-timeline-desc\">", "Budget measure</span>", "Date known only to its month or year");
		// The link to the policy, named by its first child.
		assertThat(chart).containsPattern("<a href=\"/policies/" + fund
				+ "\" class=\"instrument-BUDGET_MEASURE\">\\s*<title>"
				+ "Legal defense fund for immigrants facing deportation: Budget measure, Enacted, from 2016 to today</title>");
		// Recorded to the year: never a day the sources do not give.
		assertThat(chart).doesNotContain("January 2016");
	}

	@Test
	void shouldNameTheRowsInSpanish() throws Exception {
		String chart = timelineOf(body("/jurisdictions/chicago-il?lang=es"));
		assertThat(chart).contains("<title id=\"profile-timeline-title\">Políticas en el tiempo</title>",
				"Legal defense fund for immigrants facing deportation: Medida presupuestaria, Aprobada, de 2016 a hoy</title>",
				"Medida presupuestaria</span>");
	}

	@Test
	void shouldListAnUndatedPolicyBesideTheChartAndMarkTheMonthOfADatedOne() throws Exception {
		String chart = timelineOf(body("/jurisdictions/los-angeles-ca"));
		assertThat(chart).contains(": Ordinance, Enacted, from November 2024 to today</title>",
				"Not on the timeline, without an adoption date:");
		String undated = chart.substring(chart.indexOf("Not on the timeline"));
		assertThat(undated).contains(">L.A. Justice Fund</a>");
		assertThat(chart.substring(0, chart.indexOf("</svg>"))).doesNotContain("L.A. Justice Fund");
	}

	@Test
	void shouldDrawNoChartWhereThereIsNothingToPlace() throws Exception {
		String none = Fixtures.unique("no-policies");
		this.fixtures.jurisdiction(none, "CITY", "ZZ");
		assertThat(body("/jurisdictions/" + none)).contains("id=\"policies\"").doesNotContain("policy-timeline");
		// Denver's only policy has no adoption date: listed, nothing to draw.
		assertThat(body("/jurisdictions/denver-co")).contains("City statutes limiting police role")
			.doesNotContain("policy-timeline");
	}

	@Test
	void shouldDrawOnlyTheFirstPageOfPoliciesAndLinkToTheRest() throws Exception {
		String slug = Fixtures.unique("many-policies");
		long jurisdiction = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		long source = this.fixtures.source("Timeline source");
		for (int i = 0; i < 23; i++) {
			this.fixtures.policy(jurisdiction, "Timeline policy " + i, null, source);
		}
		String chart = timelineOf(body("/jurisdictions/" + slug));
		assertThat(count(chart, "<a href=\"/policies/")).isEqualTo(ProfileSection.POLICIES.onProfile());
		assertThat(chart).contains("from March 2020 to today</title>",
				"<a href=\"/jurisdictions/" + slug + "/policies\">3 more policies are not on the timeline");
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString();
	}

	private static String timelineOf(String body) {
		int start = body.indexOf("<figure class=\"policy-timeline");
		assertThat(start).as("the timeline's figure").isNotNegative();
		return body.substring(start, body.indexOf("</figure>", start));
	}

	private static String firstPolicyIdIn(String html) {
		Matcher id = Pattern.compile("id=\"policy-(\\d+)\"").matcher(html);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
