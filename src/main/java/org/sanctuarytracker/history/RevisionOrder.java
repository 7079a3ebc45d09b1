package org.sanctuarytracker.history;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes saves commit one at a time, in the order of their revision numbers and times. An
 * export "as of" a moment reads every revision up to that moment; if a long import with
 * an earlier revision could commit after a later edit, the same "as of" would later
 * return more rows. A transaction-scoped advisory lock, taken when a save states its
 * summary and released at commit, prevents that. Editors' saves are short; an import
 * holds it for its few seconds. The database takes the same lock when a revision row is
 * inserted, and keeps revision times increasing with revision numbers (migration V21), so
 * a snapshot named by its revision's instant resolves to that revision for ever.
 */
@Component
class RevisionOrder implements InitializingBean {

	private static final long LOCK = 0x5A4E_C7A1L;

	private final JdbcTemplate jdbc;

	RevisionOrder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		EditSummary.useRevisionOrder(() -> this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK + ")"));
	}

}
