package org.sanctuarytracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.sanctuarytracker.system.EmbeddedDatabase;
import org.testcontainers.DockerClientFactory;

/**
 * Where the tests' PostgreSQL comes from. With a Docker engine (GitHub Actions):
 * Testcontainers. Without one (this project's machines): a throwaway database on the
 * server at {@code TEST_DATABASE_URL} (default: the local one), created for this run and
 * dropped when the JVM exits. With neither (a laptop with Java alone): the app's own
 * embedded PostgreSQL, on a throwaway data folder deleted at the end. They never skip.
 */
public final class TestDatabase {

	/** The three sources, as {@code TRACKER_TEST_DATABASE} names them. */
	enum Kind {

		TESTCONTAINERS, LOCAL, EMBEDDED

	}

	static final String LOCAL_ADMIN_URL = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String LOCAL_USERNAME = env("TEST_DATABASE_USERNAME", "postgres");

	static final String LOCAL_PASSWORD = env("TEST_DATABASE_PASSWORD", "");

	private static Kind kind;

	private static EmbeddedDatabase embedded;

	private static String throwawayUrl;

	private TestDatabase() {
	}

	/**
	 * TRACKER_TEST_DATABASE=testcontainers, =local or =embedded forces a choice;
	 * otherwise the first available: Docker, the server at TEST_DATABASE_URL (always when
	 * that is set), the embedded server.
	 */
	static synchronized Kind kind() {
		if (kind == null) {
			String forced = env("TRACKER_TEST_DATABASE", "");
			kind = switch (forced.toLowerCase(Locale.ROOT)) {
				case "testcontainers" -> Kind.TESTCONTAINERS;
				case "local" -> Kind.LOCAL;
				case "embedded" -> Kind.EMBEDDED;
				case "" -> detect();
				default -> throw new IllegalStateException(
						"TRACKER_TEST_DATABASE is testcontainers, local or embedded, not '" + forced + "'");
			};
			System.err.println("Tests use PostgreSQL from: " + kind.name().toLowerCase(Locale.ROOT)
					+ " (TRACKER_TEST_DATABASE=testcontainers, local or embedded chooses)");
		}
		return kind;
	}

	static boolean useTestcontainers() {
		return kind() == Kind.TESTCONTAINERS;
	}

	private static Kind detect() {
		if (isDockerAvailable()) {
			return Kind.TESTCONTAINERS;
		}
		if (System.getenv("TEST_DATABASE_URL") != null || localServerAnswers()) {
			return Kind.LOCAL;
		}
		return Kind.EMBEDDED;
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean localServerAnswers() {
		try (Connection connection = connect(LOCAL_ADMIN_URL, LOCAL_USERNAME, LOCAL_PASSWORD)) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static String username() {
		return (kind() == Kind.EMBEDDED) ? EmbeddedDatabase.USERNAME : LOCAL_USERNAME;
	}

	static String password() {
		return (kind() == Kind.EMBEDDED) ? "" : LOCAL_PASSWORD;
	}

	/**
	 * The JDBC URL of this run's throwaway database on the local or the embedded server,
	 * created on first use.
	 */
	static synchronized String throwawayUrl() {
		if (throwawayUrl == null) {
			String adminUrl = (kind() == Kind.EMBEDDED) ? startEmbedded() : LOCAL_ADMIN_URL;
			String name = "tracker_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute(adminUrl, "create database " + name);
			if (kind() == Kind.LOCAL) {
				Runtime.getRuntime()
					.addShutdownHook(
							new Thread(() -> execute(adminUrl, "drop database if exists " + name + " with (force)")));
			}
			throwawayUrl = adminUrl.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + name);
		}
		return throwawayUrl;
	}

	// The app's own embedded server (the same code as TRACKER_DATABASE_MODE=embedded), on
	// a folder of the system's temporary one, deleted with its data when the JVM exits.
	private static String startEmbedded() {
		try {
			Path folder = Files.createTempDirectory("tracker-test-postgres");
			embedded = EmbeddedDatabase.start(folder.resolve("data"), true);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				embedded.close();
				delete(folder);
			}));
			return "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/postgres";
		}
		catch (IOException ex) {
			throw new IllegalStateException("The tests need PostgreSQL: cannot make a folder for the embedded one", ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder: the system clears it.
		}
	}

	private static void execute(String adminUrl, String sql) {
		try (Connection connection = connect(adminUrl, username(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The tests need PostgreSQL: no Docker engine for Testcontainers, and the "
					+ kind().name().toLowerCase(Locale.ROOT) + " server at " + adminUrl + " refused '" + sql + "': "
					+ ex.getMessage()
					+ ". Start PostgreSQL, set TEST_DATABASE_URL, TEST_DATABASE_USERNAME, TEST_DATABASE_PASSWORD, "
					+ "or use the embedded one: TRACKER_TEST_DATABASE=embedded.", ex);
		}
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
