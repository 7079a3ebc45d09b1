package org.sanctuarytracker.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure that means "the database cannot be reached just now" (stopped,
 * restarting, unreachable, or every pooled connection busy past the pool's timeout) from
 * every other: the first is the reader's cue to try again (503), the rest are bugs (500).
 * <p>
 * The cause chain is searched, because each layer wraps the last: a page's transaction
 * fails with Spring's {@code CannotCreateTransactionException}, around Hibernate's
 * {@code JDBCConnectionException}, around Hikari's pool timeout
 * ({@code SQLTransientConnectionException}), around the driver's "connection refused"; a
 * query on a connection that dies under it fails with SQLState 08006 or 57P01 inside a
 * {@code DataAccessResourceFailureException} or a {@code JpaSystemException}.
 */
public final class DatabaseOutage {

	// PostgreSQL's SQLStates for a server that is gone or going: the class 08 connection
	// exceptions, and "operator intervention" shutdowns and start-ups. Not the whole of
	// class 57 (57014 is a cancelled query, a statement timeout: not an outage).
	private static final Set<String> SERVER_GOING_OR_STARTING = Set.of("57P01", "57P02", "57P03", "57P05");

	private DatabaseOutage() {
	}

	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof JDBCConnectionException || cause instanceof CannotGetJdbcConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (isOutageState(sql.getSQLState()) || closedByThePool(sql))) {
				return true;
			}
		}
		return false;
	}

	// A query fails as the server stops (57P01): Hikari marks the connection broken and
	// closes it, and the transaction's rollback then fails with Hikari's "Connection is
	// closed" (no SQLState), which Spring throws in place of the query's failure.
	private static boolean closedByThePool(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	static boolean isOutageState(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_OR_STARTING.contains(sqlState));
	}

}
