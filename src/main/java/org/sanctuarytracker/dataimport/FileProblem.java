package org.sanctuarytracker.dataimport;

/**
 * Why a whole file was refused (wrong encoding, not CSV, empty, wrong columns); the
 * import page shows the message for the key.
 */
class FileProblem extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	FileProblem(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments;
	}

	String getKey() {
		return this.key;
	}

	Object[] getArguments() {
		return this.arguments;
	}

}
