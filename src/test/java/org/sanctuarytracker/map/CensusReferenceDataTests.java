package org.sanctuarytracker.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import db.migration.V62__census_reference_jurisdictions;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state, territory and county of the reference file is a jurisdiction from the
 * first start (migration V62), beside the demo data and never twice.
 */
@TrackerTest
class CensusReferenceDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldHoldEveryCountyOfTheReferenceFileOnce() throws IOException {
		List<String> counties = referenceGeoids().stream().filter((g) -> g.length() == 5).toList();
		assertThat(counties).hasSize(3231);
		long inTheDatabase = this.jdbc.sql("select count(*) from jurisdiction where geoid in (:geoids)")
			.param("geoids", counties)
			.query(Long.class)
			.single();
		assertThat(inTheDatabase).isEqualTo(counties.size());
		long states = this.jdbc.sql("select count(*) from jurisdiction where geoid in (:geoids)")
			.param("geoids", referenceGeoids().stream().filter((g) -> g.length() == 2).toList())
			.query(Long.class)
			.single();
		assertThat(states).isEqualTo(56);
	}

	@Test
	void shouldGiveCookCountyAProfileUnderIllinois() {
		assertThat(this.mvc.get().uri("/jurisdictions/cook-county-il")).hasStatusOk()
			.bodyText()
			.contains("<h1 class=\"h2 mb-1\">Cook County</h1>", "17031", "ocd-division/country:us/state:il/county:cook",
					"href=\"/jurisdictions/illinois\"", "Not assessed");
	}

	@Test
	void shouldKeepTheDemoRowsThatHaveTheSameGeoid() {
		assertThat(this.jdbc.sql("select slug from jurisdiction where geoid in ('06037', '11') order by geoid")
			.query(String.class)
			.list()).containsExactly("los-angeles-county-ca", "washington-dc");
		// The District's county equivalent is a county of the demo's District.
		assertThat(this.jdbc.sql("""
				select p.slug from jurisdiction c join jurisdiction p on p.id = c.parent_id where c.geoid = '11001'""")
			.query(String.class)
			.single()).isEqualTo("washington-dc");
		// A state's parent is the nation when it exists.
		assertThat(this.jdbc.sql("""
				select p.kind from jurisdiction s join jurisdiction p on p.id = s.parent_id where s.geoid = '72'""")
			.query(String.class)
			.single()).isEqualTo("NATION");
	}

	@Test
	void shouldHoldEachConsolidatedCityCountyOnceWithItsCountyGeoid() {
		assertThat(this.jdbc
			.sql("""
					select slug || ' ' || kind || ' ' || geoid from jurisdiction
					 where geoid in ('06075', '0667000', '08031', '0820000') or slug like 'san-francisco%' or slug like 'denver%'
					 order by geoid""")
			.query(String.class)
			.list()).containsExactly("san-francisco-ca CITY_COUNTY 06075", "denver-co CITY_COUNTY 08031");
		// The county the reference data had added is deleted in a revision of its own.
		assertThat(this.jdbc.sql("""
				select count(*) from jurisdiction_aud a join revision r on r.id = a.rev
				 where a.revtype = 2 and a.slug in ('san-francisco-county-ca', 'denver-county-co')
				   and r.summary like 'Demo dataset: San Francisco and Denver%'""").query(Long.class).single())
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/search?q=SF")).hasStatusOk()
			.bodyText()
			.contains("href=\"/jurisdictions/san-francisco-ca\"");
		assertThat(this.mvc.get().uri("/map?level=county")).bodyText().contains("San Francisco");
	}

	@Test
	void shouldRecordTheLoadAsOneRevisionWithItsAuditRowsAndTheCensusSource() {
		long revision = this.jdbc.sql("select id from revision where summary like 'Reference data: %'")
			.query(Long.class)
			.single();
		long added = this.jdbc.sql("select count(*) from jurisdiction_aud where rev = :rev and revtype = 0")
			.param("rev", revision)
			.query(Long.class)
			.single();
		assertThat(added).isEqualTo(3287 - 7);
		assertThat(this.jdbc.sql("""
				select count(*) from source s join source_aud a on a.id = s.id and a.rev = :rev
				 where s.publisher = 'U.S. Census Bureau' and s.url like 'https://www.census.gov/%'
				   and s.published_on = date '2017-01-01' and s.notes like '%us-atlas 3.0.1%'""")
			.param("rev", revision)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldAddNothingWhenRunAgain() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				long before = count(connection, "select count(*) from jurisdiction");
				long revisions = count(connection, "select count(*) from revision");
				new V62__census_reference_jurisdictions().migrate(new Context() {

					@Override
					public Configuration getConfiguration() {
						return null;
					}

					@Override
					public Connection getConnection() {
						return connection;
					}

				});
				assertThat(count(connection, "select count(*) from jurisdiction")).isEqualTo(before);
				assertThat(count(connection, "select count(*) from revision")).isEqualTo(revisions);
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static long count(Connection connection, String sql) throws Exception {
		try (var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	static List<String> referenceGeoids() throws IOException {
		try (InputStream in = CensusReferenceDataTests.class.getClassLoader()
			.getResourceAsStream("reference/census-jurisdictions.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.map((line) -> line.substring(0, line.indexOf('\t')))
				.toList();
		}
	}

}
