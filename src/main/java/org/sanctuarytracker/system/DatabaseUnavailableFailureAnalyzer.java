package org.sanctuarytracker.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Replaces the stack trace of a start-up without a usable database by what happened and
 * what to do about it.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		String state = (cause.getSqlState() != null) ? cause.getSqlState() : "";
		String action;
		if (state.startsWith("08")) {
			action = "Start PostgreSQL (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), "
					+ "or point SPRING_DATASOURCE_URL at a running server, "
					+ "or let the app run a PostgreSQL of its own: TRACKER_DATABASE_MODE=embedded.";
		}
		else if (state.startsWith("28")) {
			action = "Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a role the server accepts.";
		}
		else {
			action = "Create the database (createdb -h HOST -U " + cause.getUsername()
					+ " NAME) or set SPRING_DATASOURCE_URL to an existing one.";
		}
		return new FailureAnalysis("Cannot use PostgreSQL at " + cause.getUrl() + " as '" + cause.getUsername() + "': "
				+ cause.getReason(), action, cause);
	}

}
