package org.sanctuarytracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;

/**
 * Where the tests' PostgreSQL comes from. With a Docker engine (GitHub Actions):
 * Testcontainers. Without one (this project's machines): a throwaway database on the
 * server at {@code TEST_DATABASE_URL} (default: the local one), created for this run and
 * dropped when the JVM exits. With neither the tests fail, saying why; they never skip.
 */
public final class TestDatabase {

	static final String ADMIN_URL = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String USERNAME = env("TEST_DATABASE_USERNAME", "postgres");

	static final String PASSWORD = env("TEST_DATABASE_PASSWORD", "");

	private static Boolean dockerAvailable;

	private static String throwawayUrl;

	private TestDatabase() {
	}

	/**
	 * TRACKER_TEST_DATABASE=local or =testcontainers forces a choice; otherwise Docker
	 * decides.
	 */
	static synchronized boolean useTestcontainers() {
		if (dockerAvailable == null) {
			String forced = env("TRACKER_TEST_DATABASE", "");
			dockerAvailable = switch (forced) {
				case "local" -> false;
				case "testcontainers" -> true;
				default -> isDockerAvailable();
			};
		}
		return dockerAvailable;
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The JDBC URL of this run's throwaway database on the local server, created on first
	 * use.
	 */
	static synchronized String throwawayUrl() {
		if (throwawayUrl == null) {
			String name = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("create database " + name);
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
			throwawayUrl = ADMIN_URL.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + name);
		}
		return throwawayUrl;
	}

	private static void execute(String sql) {
		Properties properties = new Properties();
		properties.setProperty("user", USERNAME);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, properties);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"The tests need PostgreSQL: no Docker engine for Testcontainers, and the server at " + ADMIN_URL
							+ " (TEST_DATABASE_URL) refused '" + sql + "': " + ex.getMessage()
							+ ". Start PostgreSQL or set TEST_DATABASE_URL, TEST_DATABASE_USERNAME, TEST_DATABASE_PASSWORD.",
					ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
