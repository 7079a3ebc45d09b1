package org.sanctuarytracker.system;

/**
 * A request parameter that cannot be understood; answered with 400 and the message for
 * the key, never a stack trace.
 */
public class BadRequestException extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	public BadRequestException(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments;
	}

	public String getKey() {
		return this.key;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
