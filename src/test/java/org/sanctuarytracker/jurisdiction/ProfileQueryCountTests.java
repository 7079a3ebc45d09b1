package org.sanctuarytracker.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile renders with a small fixed number of queries, however many facts the
 * jurisdiction has: no query per row.
 */
@TrackerTest
class ProfileQueryCountTests {

	static final int MAX_QUERIES = 8;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldRenderAProfileWithTheSameFewQueriesWhateverItsSize() {
		String small = jurisdictionWith(1);
		String large = jurisdictionWith(30);
		long smallCount = queriesToRender(small);
		long largeCount = queriesToRender(large);
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(MAX_QUERIES);
	}

	@Test
	void shouldListJurisdictionsAndStatementsWithoutAQueryPerRow() {
		assertThat(queriesFor("/jurisdictions?size=100")).isLessThanOrEqualTo(4);
		assertThat(queriesFor("/statements?size=100")).isLessThanOrEqualTo(4);
		assertThat(queriesFor("/")).isLessThanOrEqualTo(4);
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

	private long queriesToRender(String slug) {
		long count = queriesFor("/jurisdictions/" + slug);
		assertThat(this.mvc.get().uri("/jurisdictions/" + slug)).hasStatusOk().bodyText().contains("Quote 0");
		return count;
	}

	private long queriesFor(String uri) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
