package org.sanctuarytracker.history;

import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes saves commit one at a time, in the order of their revision numbers and times. An
 * export "as of" a moment reads every revision up to that moment; if a long import with
 * an earlier revision could commit after a later edit, the same "as of" would later
 * return more rows. A transaction-scoped advisory lock, taken as the save commits and
 * released by the commit, prevents that: the revision row (whose number the database
 * draws at insert), the audit rows and the commit happen under it, nothing else. The
 * save's own rows are flushed just before it is taken, so a transaction holding the lock
 * never waits for a row another one holds (which could wait for the lock: a deadlock),
 * and a long import writes its rows while editors keep saving. The database takes the
 * same lock when a revision row is inserted, and keeps revision times increasing with
 * revision numbers (migration V21), so a snapshot named by its revision's instant
 * resolves to that revision for ever.
 * <p>
 * The lock lives in PostgreSQL, so it orders the saves of every app instance on the
 * database. It is taken on the connection the current transaction has bound, not through
 * a bean of some application context: a JVM may hold two contexts (the tests do), and a
 * lock taken on another pool's connection would be released at once.
 */
final class RevisionOrder {

	private static final long LOCK = 0x5A4E_C7A1L;

	private RevisionOrder() {
	}

	static void take() {
		for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
			if (resource instanceof EntityManagerHolder holder) {
				holder.getEntityManager().flush();
			}
		}
		for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
			if (resource instanceof ConnectionHolder holder) {
				try (Statement statement = holder.getConnection().createStatement()) {
					statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
					return;
				}
				catch (SQLException ex) {
					throw new DataAccessResourceFailureException("Cannot take the revision-order lock", ex);
				}
			}
		}
		throw new IllegalStateException("A save's transaction has no JDBC connection to take its lock on");
	}

}
