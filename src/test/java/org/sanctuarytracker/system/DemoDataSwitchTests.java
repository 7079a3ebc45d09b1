package org.sanctuarytracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset loads on a first start by default; a production install switches it
 * off and starts with the schema and the reference data alone (every state, territory and
 * county, V62).
 */
@TrackerTest
class DemoDataSwitchTests {

	@Autowired
	JdbcConnectionDetails database;

	/**
	 * Lines of reference/census-jurisdictions.tsv: 56 states, DC and territories, 3,231
	 * counties.
	 */
	static final int REFERENCE_ROWS = 3287;

	/**
	 * The demo's rows that are reference rows too (6 states and DC, Los Angeles County).
	 */
	static final int DEMO_ROWS_WITH_A_CENSUS_GEOID = 7;

	/**
	 * The consolidated city-counties (San Francisco, Denver) whose reference county the
	 * demo folds into its own row (V80_1).
	 */
	static final int CONSOLIDATED_CITY_COUNTIES = 2;

	@Test
	void shouldStartWithTheReferenceDataAloneWithTheDemoDataSwitchedOff() throws Exception {
		assertThat(jurisdictionsAfterFirstStart(false)).isEqualTo(REFERENCE_ROWS);
	}

	@Test
	void shouldLoadTheDemoDataByDefaultBesideTheReferenceData() throws Exception {
		assertThat(jurisdictionsAfterFirstStart(true))
			.isEqualTo(14 + REFERENCE_ROWS - DEMO_ROWS_WITH_A_CENSUS_GEOID - CONSOLIDATED_CITY_COUNTIES);
	}

	private long jurisdictionsAfterFirstStart(boolean demoData) throws Exception {
		String name = "tracker_switch_" + Long.toHexString(System.nanoTime());
		String url = this.database.getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + name);
		String user = this.database.getUsername();
		String password = this.database.getPassword();
		new DatabaseBootstrap(true).ensureDatabase(url, user, password);
		try {
			FluentConfiguration configuration = Flyway.configure()
				.dataSource(url, user, password)
				.locations("classpath:db/migration");
			new TrackerConfiguration().demoDataLocation(demoData).customize(configuration);
			configuration.load().migrate();
			try (Connection connection = DriverManager.getConnection(url, user, password);
					ResultSet count = connection.createStatement().executeQuery("select count(*) from jurisdiction")) {
				count.next();
				return count.getLong(1);
			}
		}
		finally {
			try (Connection admin = DriverManager.getConnection(this.database.getJdbcUrl(), user, password)) {
				admin.createStatement().execute("drop database if exists " + name + " with (force)");
			}
		}
	}

}
