package org.sanctuarytracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * On a fresh server the app creates its database; without a server it stops within
 * seconds and says what to do.
 */
@TrackerTest
class DatabaseBootstrapTests {

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void shouldCreateAMissingDatabase() throws Exception {
		String name = "tracker_bootstrap_" + Long.toHexString(System.nanoTime());
		String url = this.database.getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + name);
		new DatabaseBootstrap(true).ensureDatabase(url, this.database.getUsername(), this.database.getPassword());
		try (Connection connection = DriverManager.getConnection(url, this.database.getUsername(),
				this.database.getPassword())) {
			assertThat(connection.getCatalog()).isEqualTo(name);
		}
		finally {
			try (Connection admin = DriverManager.getConnection(this.database.getJdbcUrl(), this.database.getUsername(),
					this.database.getPassword())) {
				admin.createStatement().execute("drop database if exists " + name);
			}
		}
	}

	@Test
	void shouldNotCreateTheDatabaseWhenTurnedOff() {
		String url = this.database.getJdbcUrl()
			.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1tracker_never_created");
		assertThatThrownBy(() -> new DatabaseBootstrap(false).ensureDatabase(url, this.database.getUsername(),
				this.database.getPassword()))
			.isInstanceOf(DatabaseUnavailableException.class);
	}

	@Test
	void shouldFailFastWithWhatToDoWhenNoServerAnswers() {
		Instant start = Instant.now();
		DatabaseUnavailableException failure = catchThrowableOfType(DatabaseUnavailableException.class,
				() -> new DatabaseBootstrap(true).ensureDatabase("jdbc:postgresql://127.0.0.1:1/sanctuary_tracker",
						"postgres", ""));
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://127.0.0.1:1/sanctuary_tracker");
		assertThat(analysis.getAction()).contains("Start PostgreSQL").contains("SPRING_DATASOURCE_URL");
	}

}
