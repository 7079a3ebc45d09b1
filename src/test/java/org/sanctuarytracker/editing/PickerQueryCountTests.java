package org.sanctuarytracker.editing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.FormFiller;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.uniqueUsername;

/**
 * The pickers cost a fixed few queries: a search reads at most its matches however many
 * records match, and a form names the records of all its picker fields (every term of
 * office) in one query per kind, not one per field.
 */
@TrackerTest
class PickerQueryCountTests {

	static final int MAX_QUERIES = 12;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldSearchWithTheSameQueriesWhetherOneOrHundredsMatch() {
		String home = Fixtures.unique("countfind");
		EditingSupport.jurisdiction(this.fixtures, this.jdbc, home);
		String many = Fixtures.unique("countmany");
		this.jdbc.update("""
				insert into jurisdiction (kind, name, slug, state_code)
				select 'CITY', 'Zz ' || ? || ' ' || g, ? || '-' || g, 'ZZ' from generate_series(1, 100) g""", many,
				many);
		FormFiller ed = new FormFiller(this.mvc, uniqueUsername("counter"));
		String url = "/jurisdictions/" + home + "/statements/new";
		String page = ed.open(url);
		try {
			long one = queries(() -> ed.send(page, url, "jurisdiction", home, "find", "jurisdiction"));
			long hundred = queries(() -> ed.send(page, url, "jurisdiction", many, "find", "jurisdiction"));
			assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(MAX_QUERIES);
		}
		finally {
			this.jdbc.update("delete from jurisdiction where slug like ?", many + "-%");
		}
	}

	@Test
	void shouldNameEveryTermsPlaceInOneQuery() {
		String few = personWithTerms(1);
		String many = personWithTerms(8);
		String editor = uniqueUsername("counter");
		long fewQueries = queries(() -> this.mvc.get().uri("/people/" + few + "/edit").with(editor(editor)).exchange());
		long manyQueries = queries(
				() -> this.mvc.get().uri("/people/" + many + "/edit").with(editor(editor)).exchange());
		assertThat(manyQueries).isEqualTo(fewQueries).isLessThanOrEqualTo(MAX_QUERIES);
	}

	private String personWithTerms(int terms) {
		String slug = Fixtures.unique("terms");
		long person = this.fixtures.person(slug);
		long source = this.fixtures.source("Terms of " + slug);
		for (int i = 0; i < terms; i++) {
			long place = EditingSupport.jurisdiction(this.fixtures, this.jdbc, Fixtures.unique("termplace"));
			this.jdbc.update(
					"insert into person_term (person_id, title, jurisdiction_id, source_id) values (?, ?, ?, ?)",
					person, "Title " + i, place, source);
		}
		return slug;
	}

	private long queries(java.util.function.Supplier<MvcTestResult> request) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(request.get()).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
