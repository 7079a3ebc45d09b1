package org.sanctuarytracker.system;

import java.sql.SQLException;
import java.util.Objects;

/**
 * The configured PostgreSQL database cannot be used: the server does not answer, the role
 * is refused, or the database is missing and cannot be created.
 */
class DatabaseUnavailableException extends RuntimeException {

	private final String url;

	private final String username;

	private final String sqlState;

	private final String reason;

	DatabaseUnavailableException(String url, String username, SQLException cause) {
		super("Cannot use the database at " + url + ": " + cause.getMessage(), cause);
		this.url = url;
		this.username = username;
		this.sqlState = cause.getSQLState();
		this.reason = Objects.requireNonNullElse(cause.getMessage(), cause.toString());
	}

	/** What the driver said went wrong. */
	String getReason() {
		return this.reason;
	}

	String getUrl() {
		return this.url;
	}

	String getUsername() {
		return this.username;
	}

	String getSqlState() {
		return this.sqlState;
	}

}
