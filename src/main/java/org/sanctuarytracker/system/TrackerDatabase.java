package org.sanctuarytracker.system;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The app's PostgreSQL as Spring Boot's connection pool, Flyway and JPA see it: a
 * server's address from the configuration, or the embedded server this bean owns and
 * stops when the context closes (after the pool, which depends on it).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class TrackerDatabase implements JdbcConnectionDetails, AutoCloseable {

	private final String url;

	private final @Nullable String username;

	private final @Nullable String password;

	private final @Nullable EmbeddedDatabase embedded;

	static TrackerDatabase server(String url, @Nullable String username, @Nullable String password) {
		return new TrackerDatabase(url, username, password, null);
	}

	static TrackerDatabase embedded(EmbeddedDatabase embedded) {
		return new TrackerDatabase(embedded.getJdbcUrl(), EmbeddedDatabase.USERNAME, "", embedded);
	}

	boolean isEmbedded() {
		return this.embedded != null;
	}

	@Override
	public String getJdbcUrl() {
		return this.url;
	}

	@Override
	public @Nullable String getUsername() {
		return this.username;
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
