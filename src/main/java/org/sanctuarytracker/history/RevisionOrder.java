package org.sanctuarytracker.history;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
 */
@Component
class RevisionOrder implements InitializingBean {

	private static final long LOCK = 0x5A4E_C7A1L;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	RevisionOrder(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	@Override
	public void afterPropertiesSet() {
		EditSummary.useRevisionOrder(() -> {
			this.entityManager.flush();
			this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")");
		});
	}

}
