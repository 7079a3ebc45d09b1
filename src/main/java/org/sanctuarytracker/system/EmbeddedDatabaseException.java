package org.sanctuarytracker.system;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL could not be started on its data directory.
 */
public class EmbeddedDatabaseException extends RuntimeException {

	private final Path dataDirectory;

	EmbeddedDatabaseException(Path dataDirectory, Throwable cause) {
		super("Cannot start the embedded PostgreSQL on " + dataDirectory + ": " + cause.getMessage(), cause);
		this.dataDirectory = dataDirectory;
	}

	Path getDataDirectory() {
		return this.dataDirectory;
	}

}
