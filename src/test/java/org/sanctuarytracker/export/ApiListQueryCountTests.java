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
	 * The snapshot's revision, the transaction's settings, the newest revision it sees,
	 * the page, and at most a bounded count and its estimate.
	 */
	static final long MAX_STATEMENTS = 6;

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldReadAListPageWithTheSameFewStatementsWhateverItsSize() {
		for (String list : new String[] { "statements", "funding-exposures", "policies", "jurisdictions", "people",
				"sources" }) {
			long small = statementsFor("/api/v1/" + list + "?size=1&page=2");
			long large = statementsFor("/api/v1/" + list + "?size=200&page=2");
			assertThat(large).as(list).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(statementsFor("/api/v1/" + list + "?size=200&after=1")).as(list + " after")
				.isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		assertThat(statementsFor("/api/v1/statements?jurisdiction=chicago-il&size=200"))
			.isLessThanOrEqualTo(MAX_STATEMENTS - 2);
	}

	private long statementsFor(String uri) {
		// Twice: the first may count the total, which later pages of the same revision
		// reuse.
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		CountingStatements.reset();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return CountingStatements.count();
	}

}
