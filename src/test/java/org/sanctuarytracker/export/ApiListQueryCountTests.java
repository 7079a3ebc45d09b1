package org.sanctuarytracker.export;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.CountingStatements;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's list pages read with a few statements whatever their size, page or
 * filter: no query per row, and no count once the page itself shows the total. They read
 * through JDBC, not Hibernate, so the statements are counted at the connection.
 */
@TrackerTest
@Import(CountingStatements.class)
class ApiListQueryCountTests {

	/**
	 * The public page cache's look at the database's state, the snapshot's revision, the
	 * transaction's settings, the newest revision it sees, the page, and at most a
	 * bounded count and its estimate.
	 */
	static final long MAX_STATEMENTS = 7;

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldReadAListPageWithTheSameFewStatementsWhateverItsSize() {
		for (String list : new String[] { "statements", "funding-exposures", "policies", "jurisdictions", "people",
				"sources" }) {
			long small = statementsFor("/api/v1/" + list + "?size=1&page=2");
			long large = statementsFor("/api/v1/" + list + "?size=200&page=2");
			// A page of 200 rows costs no more statements than a page of one: no query
			// per row (it may cost fewer: a page past the end is not read).
			assertThat(small).as(list).isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(large).as(list).isLessThanOrEqualTo(small);
			assertThat(statementsFor("/api/v1/" + list + "?size=200&after=1")).as(list + " after")
				.isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		assertThat(statementsFor("/api/v1/statements?jurisdiction=chicago-il&size=200"))
			.isLessThanOrEqualTo(MAX_STATEMENTS - 2);
	}

	private long statementsFor(String uri) {
		// Twice: the first may count the total, which later pages of the same revision
		// reuse. The second under another address (an ignored parameter), so that it is
		// rendered, not served by the public page cache (one query when nothing changed
		// in the database cluster since the first, a rendering when something did).
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		CountingStatements.reset();
		assertThat(this.mvc.get().uri(uri + "&measured=" + System.nanoTime())).hasStatusOk();
		return CountingStatements.count();
	}

}
