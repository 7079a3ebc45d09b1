package org.sanctuarytracker.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Decides where the app's PostgreSQL comes from ({@link DatabaseMode}) and hands it to
 * Spring Boot as {@link JdbcConnectionDetails}, the abstraction its connection pool,
 * Flyway and JPA already build on, so nothing downstream knows or cares which mode runs.
 * <p>
 * An auto-configuration rather than an ordinary {@code @Configuration} or an
 * {@code EnvironmentPostProcessor}: it runs after the application's and the tests'
 * configuration and after Testcontainers' service connections, so
 * {@code @ConditionalOnMissingBean} reliably steps aside when a test brings its own
 * database; and before the DataSource auto-configuration, so the embedded server is up
 * before the pool and Flyway open a connection. Being a bean, the embedded server is
 * stopped when the context closes, after the pool. An environment post-processor would
 * start a server before the context exists, for every context, tests' included, with no
 * lifecycle to stop it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
class DatabaseAutoConfiguration {

	static final String DATA_DIR_PROPERTY = "tracker.embedded.data-dir";

	static final String DEFAULT_DATA_DIR = "data/postgres";

	private static final Log logger = LogFactory.getLog(DatabaseAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	TrackerDatabase trackerDatabase(Environment environment) {
		DatabaseMode.Choice choice = DatabaseMode.choose(environment, DatabaseAutoConfiguration::answers,
				EmbeddedDatabase::binariesAvailable);
		if (choice.warning() != null) {
			logger.warn(choice.warning());
		}
		if (choice.mode() == DatabaseMode.EMBEDDED) {
			Path dataDirectory = Path.of(environment.getProperty(DATA_DIR_PROPERTY, DEFAULT_DATA_DIR));
			EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory, false);
			logger.info("Database: embedded PostgreSQL " + embedded.getServerVersion() + " (" + choice.reason()
					+ ") at " + embedded.getJdbcUrl() + ", data in " + embedded.getDataDirectory()
					+ " (TRACKER_EMBEDDED_DATA_DIR); it stops with the app");
			return TrackerDatabase.embedded(embedded);
		}
		String url = environment.getProperty("spring.datasource.url", DatabaseMode.DEFAULT_URL);
		logger.info("Database: PostgreSQL server at " + url + " (" + choice.reason() + ")");
		return TrackerDatabase.server(url, environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
	}

	private static boolean answers(InetSocketAddress address) {
		try (Socket socket = new Socket()) {
			socket.connect(address, 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
