package org.sanctuarytracker.reading;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.CountingStatements;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile renders with a small fixed number of queries, however many facts the
 * jurisdiction has: no query per row.
 */
@TrackerTest
@Import(CountingStatements.class)
class ProfileQueryCountTests {

	/**
	 * Each growing list costs a page of ids, its count and one fetch of those rows with
	 * their collections; the rest is the header, what is in force and the last change.
	 */
	static final int MAX_QUERIES = 24;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void shouldRenderAProfileWithTheSameFewQueriesWhateverItsSize() {
		// Both past every list's first page, so both count; the second is three times the
		// first.
		String large = jurisdictionWith(31);
		String larger = jurisdictionWith(93);
		long largeCount = queriesToRender(large, 31);
		long largerCount = queriesToRender(larger, 93);
		assertThat(largerCount).isEqualTo(largeCount).isLessThanOrEqualTo(MAX_QUERIES);
		assertThat(queriesToRender(jurisdictionWith(1), 1)).isLessThanOrEqualTo(largeCount);
	}

	@Test
	void shouldShowTheFirstFewOfEachListAndPageTheRest() {
		String slug = jurisdictionWith(93);
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug)).hasStatusOk()
			.bodyText()
			.contains("All 93 statements", "See all 186", "See all 93")
			.doesNotContain("Policy 0<");
		for (String section : new String[] { "policies", "funding", "figures", "designations" }) {
			// The header, the page of ids, their count (saved on a last page) and their
			// rows.
			assertThat(queriesFor("/jurisdictions/" + slug + "/" + section)).as(section).isLessThanOrEqualTo(6);
			assertThat(queriesFor("/jurisdictions/" + slug + "/" + section + "?page=2")).as(section)
				.isLessThanOrEqualTo(6);
		}
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug + "/policies?page=4")).hasStatusOk()
			.bodyText()
			.contains("Showing 151 to 186 of 186");
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug + "/policies?page=5")).hasStatus(404);
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug + "/policies?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug + "/policies?page=x")).hasStatus(400);
	}

	@Test
	void shouldListJurisdictionsAndStatementsWithoutAQueryPerRow() {
		// As many for a hundred rows as for ten: none per row. Counted at the connection,
		// so the public-read cache's state query is one of them.
		long jurisdictions = queriesFor("/jurisdictions?size=100");
		assertThat(jurisdictions).isEqualTo(queriesFor("/jurisdictions?size=10")).isLessThanOrEqualTo(4);
		// The page's rows, their count, for each filter list a bounded probe, and the
		// state query.
		long statements = queriesFor("/statements?size=100");
		assertThat(statements).isEqualTo(queriesFor("/statements?size=10")).isLessThanOrEqualTo(7);
		// The home page: its map's statuses, its counts, the newest changes, the state.
		assertThat(queriesFor("/")).isLessThanOrEqualTo(6);
	}

	private String jurisdictionWith(int facts) {
		String slug = Fixtures.unique("size");
		long jurisdiction = this.fixtures.jurisdiction(slug, "CITY", "ZZ");
		long person = this.fixtures.person(Fixtures.unique("speaker"));
		for (int i = 0; i < facts; i++) {
			long source = this.fixtures.source("Source " + i);
			long other = this.fixtures.source("Second source " + i);
			long policy = this.fixtures.policy(jurisdiction, "Policy " + i, "DECLINES_DETAINERS", source);
			this.fixtures.policy(jurisdiction, "Another policy " + i, "NO_STATUS_INQUIRY", other);
			this.fixtures.statement(person, jurisdiction, LocalDate.of(2024, 1, 1 + (i % 28)), "Quote " + i, "NEUTRAL",
					source);
			this.fixtures.indicator(jurisdiction, "MIGRANT_ARRIVALS", BigDecimal.valueOf(i), source);
			this.fixtures.funding(jurisdiction, "Program " + i, BigDecimal.TEN, other);
			this.fixtures.designation(jurisdiction, "List " + i, source);
			assertThat(policy).isPositive();
		}
		return slug;
	}

	private long queriesToRender(String slug, int facts) {
		long count = queriesFor("/jurisdictions/" + slug);
		// The newest statement: the latest day, then the highest id.
		int newest = (facts >= 28) ? 27 + 28 * ((facts - 28) / 28) : facts - 1;
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug)).hasStatusOk()
			.bodyText()
			.contains("Quote " + newest + "”");
		return count;
	}

	/**
	 * Every statement the page costs, counted at the connection (Hibernate's and
	 * JdbcTemplate's alike), rendered afresh: a parameter of its own keeps the page out
	 * of the public-read cache, whose state query is counted too.
	 */
	private long queriesFor(String uri) {
		String fresh = uri + (uri.contains("?") ? "&" : "?") + "uncached=" + System.nanoTime();
		CountingStatements.reset();
		assertThat(this.mvc.get().uri(fresh)).hasStatusOk();
		return CountingStatements.count();
	}

}
