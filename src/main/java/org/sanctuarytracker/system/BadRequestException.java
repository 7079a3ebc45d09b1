package org.sanctuarytracker.system;

import lombok.Getter;

/**
 * A request parameter that cannot be understood; answered with 400 and the message for
 * the key, never a stack trace.
 */
@Getter
public class BadRequestException extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	public BadRequestException(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments;
	}

}
