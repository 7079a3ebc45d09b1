package org.sanctuarytracker.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own PostgreSQL keeps its data, listens on loopback only, has the extensions
 * the migrations use, stops with the app, and the next start recovers after a kill -9.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path folder;

	@Test
	void shouldKeepTheDataAcrossRestartsAndStopCleanly() throws Exception {
		Path data = this.folder.resolve("postgres");
		long postmaster;
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false)) {
			postmaster = postmasterPid(data);
			execute(database, "create table kept (word text)", "insert into kept values ('still here')");
			assertThat(query(database, "show listen_addresses")).isEqualTo("127.0.0.1");
			execute(database, "create extension pg_trgm", "create extension unaccent");
			assertThat(query(database, "select unaccent('Montréal') || similarity('Chicago', 'Chicgo')"))
				.startsWith("Montreal0.");
		}
		awaitGone(postmaster);
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false)) {
			assertThat(query(database, "select word from kept")).isEqualTo("still here");
		}
	}

	@Test
	void shouldStopTheServerOfAnAppKilledWithSigkill() throws Exception {
		Path data = this.folder.resolve("postgres");
		Process app = startApp(data);
		long postmaster = postmasterPid(data);
		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		awaitGone(postmaster);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false)) {
			assertThat(query(database, "select word from kept")).isEqualTo("written by the killed app");
		}
	}

	@Test
	void shouldStopAServerLeftRunningWhenTheNextStartComes() throws Exception {
		Path data = this.folder.resolve("postgres");
		Process app = startApp(data);
		long postmaster = postmasterPid(data);
		// Its watchdog killed too: the server outlives the app, as after a kill -9 of
		// both.
		List<ProcessHandle> watchdogs = app.toHandle().children().toList();
		watchdogs.forEach(ProcessHandle::destroyForcibly);
		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Thread.sleep(2000);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false)) {
			awaitGone(postmaster);
			assertThat(query(database, "select word from kept")).isEqualTo("written by the killed app");
		}
	}

	@Test
	void shouldStartDespiteAStalePidFile() throws Exception {
		Path data = this.folder.resolve("postgres");
		EmbeddedDatabase.start(data, false).close();
		// A pid file left by a power cut: its process is long gone.
		Files.writeString(data.resolve("postmaster.pid"),
				"999999999\n" + data + "\n0\n5432\n\n127.0.0.1\n0 0\nready\n");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false)) {
			assertThat(query(database, "select 1")).isEqualTo("1");
		}
	}

	/** An app in a JVM of its own, the way a kill -9 meets it. */
	private static Process startApp(Path data) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseApp.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		String line;
		while ((line = output.readLine()) != null && Instant.now().isBefore(deadline)) {
			if (line.equals(EmbeddedDatabaseApp.READY)) {
				return app;
			}
		}
		app.destroyForcibly();
		throw new IllegalStateException("The app with an embedded PostgreSQL did not start");
	}

	private static long postmasterPid(Path data) throws Exception {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
	}

	private static void awaitGone(long pid) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
	}

	private static void execute(EmbeddedDatabase database, String... sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), EmbeddedDatabase.USERNAME, "");
				Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), EmbeddedDatabase.USERNAME, "");
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/** Starts the embedded server, writes a row, says so, and waits to be killed. */
	public static final class EmbeddedDatabaseApp {

		static final String READY = "embedded PostgreSQL ready";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
			execute(database, "create table kept (word text)", "insert into kept values ('written by the killed app')");
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(Duration.ofMinutes(10).toMillis());
		}

	}

}
