package org.sanctuarytracker.search;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.CountingStatements;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site search over the demo data: the header's box on every page, places by name and
 * by their other names, people despite typos, statements by their words and their
 * speaker, policies and sources, highlighted and never as HTML, "did you mean" when
 * nothing matches, and bad input answered without a 500.
 */
@TrackerTest
@Import(CountingStatements.class)
class SearchPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldOfferTheSearchBoxInTheHeaderOfEveryPageInBothLanguages() {
		for (String page : new String[] { "/", "/jurisdictions", "/statements", "/jurisdictions/chicago-il",
				"/people/eric-garcetti", "/changes", "/export", "/search" }) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatusOk()
				.bodyText()
				.contains("<form class=\"site-search", "action=\"/search\"", "method=\"get\"",
						"<label class=\"visually-hidden\" for=\"site-search-q\">Search the tracker</label>",
						"id=\"site-search-q\" name=\"q\"");
		}
		assertThat(this.mvc.get().uri("/jurisdictions/no-such-place-here")).hasStatus(404)
			.bodyText()
			.contains("action=\"/search\"");
		assertThat(this.mvc.get().uri("/?lang=es")).bodyText()
			.contains("for=\"site-search-q\">Buscar en el registro</label>", ">Buscar</button>");
		// The words searched stay in the header's box on the results page.
		assertThat(this.mvc.get().uri("/search?q=Chicago")).bodyText()
			.containsPattern("id=\"site-search-q\" name=\"q\" maxlength=\"200\"\\s+value=\"Chicago\"");
	}

	@Test
	void shouldFindPeopleDespiteTyposAndWhatTheySaid() {
		assertThat(this.mvc.get().uri("/search?q=garceti")).hasStatusOk()
			.bodyText()
			.contains("href=\"/people/eric-garcetti\">Eric Garcetti</a>", "L.A. Justice Fund",
					"good and law-abiding immigrants of Los Angeles");
		assertThat(this.mvc.get().uri("/search?q=de blasio")).hasStatusOk()
			.bodyText()
			.contains("href=\"/people/bill-de-blasio\">Bill de Blasio</a>", "half a million people");
		assertThat(this.mvc.get().uri("/search?q=Homan")).bodyText()
			.contains("href=\"/people/tom-homan\">Tom Homan</a>");
	}

	@Test
	void shouldFindPlacesByNameTyposAndOtherNames() {
		assertThat(this.mvc.get().uri("/search?q=chicgo")).bodyText()
			.contains("href=\"/jurisdictions/chicago-il\">Chicago</a>");
		assertThat(this.mvc.get().uri("/search?q=los angelos")).bodyText()
			.contains("href=\"/jurisdictions/los-angeles-ca\">Los Angeles</a>");
		assertThat(this.mvc.get().uri("/search?q=NYC")).bodyText()
			.contains("href=\"/jurisdictions/new-york-city-ny\">New York City</a>", "(also called NYC)");
		assertThat(this.mvc.get().uri("/search?q=L.A.")).bodyText()
			.contains("href=\"/jurisdictions/los-angeles-ca\">Los Angeles</a>", "(also called L.A.)");
		assertThat(this.mvc.get().uri("/search?q=la")).bodyText()
			.contains("href=\"/jurisdictions/los-angeles-ca\">Los Angeles</a>");
		assertThat(this.mvc.get().uri("/search?q=DC")).bodyText()
			.contains("href=\"/jurisdictions/washington-dc\">Washington, D.C.</a>");
		assertThat(this.mvc.get().uri("/search?q=México")).hasStatusOk();
		String slug = Fixtures.unique("st-paul");
		this.jdbc.update("insert into jurisdiction (kind, name, slug, state_code) values ('CITY', ?, ?, 'MN')",
				"St. Qwertyville", slug);
		for (String typed : new String[] { "Saint Qwertyville", "st qwertyville", "ST. QWERTYVILLE", "qwertyvile" }) {
			assertThat(this.mvc.get().uri("/search?q={q}", typed)).as(typed)
				.bodyText()
				.contains("href=\"/jurisdictions/" + slug + "\">St. Qwertyville</a>");
		}
	}

	@Test
	void shouldHighlightMatchesAndNeverRenderRecordTextAsHtml() throws Exception {
		long place = this.fixtures.jurisdiction(Fixtures.unique("html"), "CITY", "ZZ");
		long person = this.fixtures.person(Fixtures.unique("html"));
		long source = this.fixtures.source("Report on quixotic <script>alert('source')</script> things");
		this.fixtures.statement(person, place, LocalDate.of(2024, 1, 2),
				"The quixotic plan <img src=x onerror=alert(1)> is 1 < 2 & \"odd\"", "NEUTRAL", source);
		String body = this.mvc.get().uri("/search?q=quixotic").exchange().getResponse().getContentAsString();
		assertThat(body).contains("<mark>quixotic</mark>")
			.doesNotContain("<img src=x", "<script>alert", "onerror=alert(1)>")
			.contains("1 &lt; 2 &amp; &quot;odd&quot;");
		assertThat(this.mvc.get().uri("/search?q=Declining ICE")).bodyText()
			.contains("<mark>Declining</mark>", "href=\"/policies/");
	}

	@Test
	void shouldSuggestTheNearestNamesWhenNothingMatches() {
		assertThat(this.mvc.get().uri("/search?q=chigcao")).hasStatusOk()
			.bodyText()
			.contains("Nothing matches “chigcao”.", "Did you mean", "href=\"/search?q=Chicago\">Chicago</a>");
		assertThat(this.mvc.get().uri("/search?q=chigcao&lang=es")).bodyText().contains("Quizá buscaba:");
		assertThat(this.mvc.get().uri("/search?q=zzqxjvw")).hasStatusOk()
			.bodyText()
			.contains("Nothing matches")
			.doesNotContain("Did you mean");
	}

	@Test
	void shouldAnswerBadInputWithoutA500() {
		assertThat(this.mvc.get().uri("/search")).hasStatusOk().bodyText().contains("Search by a place’s name");
		assertThat(this.mvc.get().uri("/search?q=")).hasStatusOk();
		assertThat(this.mvc.get().uri("/search?q=%20%09%00")).hasStatusOk();
		assertThat(this.mvc.get().uri("/search?q={q}", "x".repeat(201))).hasStatus(400);
		assertThat(this.mvc.get().uri("/search?q={q}", "sanctuary ".repeat(19))).hasStatusOk();
		for (String odd : new String[] { "\"", "'", "&|!:*()", "<>", "\\", "%_", "a -b or \"c", "''; drop table x",
				"ñandú", "😀", "-", "or", "the", "é" }) {
			assertThat(this.mvc.get().uri("/search?q={q}", odd)).as(odd).hasStatusOk();
		}
	}

	@Test
	void shouldBoundEachSectionAndLinkToTheFullList() throws Exception {
		String name = "Vexillographer" + Fixtures.unique("n").replaceAll("[^a-z]", "");
		for (int i = 0; i < 12; i++) {
			this.jdbc.update("insert into person (name, slug) values (?, ?)", name + " " + i, Fixtures.unique("vex"));
		}
		String body = this.mvc.get().uri("/search?q={q}", name).exchange().getResponse().getContentAsString();
		assertThat(body.split("href=\"/people/vex-", -1)).hasSize(SiteSearch.PEOPLE_SHOWN + 1);
		assertThat(body).contains("More people have a name like this one");
		assertThat(this.mvc.get().uri("/search?q=sanctuary")).bodyText().contains("href=\"/statements?q=sanctuary\"");
	}

	@Test
	void shouldSearchWithTheSameFewStatementsWhateverItFinds() {
		long few = statementsFor("/search?q=garceti");
		long many = statementsFor("/search?q=sanctuary");
		long none = statementsFor("/search?q=zzqxjvw");
		// The threshold, places, people, statements, policies, sources; with nothing
		// found, the threshold again and the nearest names.
		assertThat(few).isEqualTo(many).isLessThanOrEqualTo(8);
		assertThat(none).isLessThanOrEqualTo(few + 2);
	}

	// A cookie of its own each time, so the page is rendered, not served from the page
	// cache (PublicPageCache keys on cookies).
	private long statementsFor(String uri) {
		assertThat(this.mvc.get().uri(uri).header("Cookie", "warm=" + Fixtures.unique("c"))).hasStatusOk();
		CountingStatements.reset();
		assertThat(this.mvc.get().uri(uri).header("Cookie", "count=" + Fixtures.unique("c"))).hasStatusOk();
		return CountingStatements.count();
	}

}
