package org.sanctuarytracker.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Replaces the stack trace of an embedded PostgreSQL that would not start by where to
 * look and what to do.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
		String log = cause.getDataDirectory()
			.resolveSibling(cause.getDataDirectory().getFileName() + ".log")
			.toString();
		return new FailureAnalysis(cause.getMessage(),
				"Read the server's own messages in " + log + ". Check that the folder is writable "
						+ "(TRACKER_EMBEDDED_DATA_DIR chooses another), that no other program uses it, and that "
						+ "the system's temporary folder allows running programs (the binaries are unpacked there). "
						+ "Or use a server of your own: TRACKER_DATABASE_MODE=server and SPRING_DATASOURCE_URL.",
				cause);
	}

}
