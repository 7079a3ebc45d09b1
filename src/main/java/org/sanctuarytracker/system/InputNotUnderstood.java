package org.sanctuarytracker.system;

import java.util.Arrays;

/**
 * A formatter's refusal that says, in a message key and its arguments, what was wrong
 * with what was typed ("there is no 30 February 2025"), so the form can tell the editor
 * in their language instead of Spring's one message per type. {@link WordedBindingErrors}
 * turns it into a field error with that key.
 */
public class InputNotUnderstood extends IllegalArgumentException {

	private final String code;

	private final transient Object[] arguments;

	public InputNotUnderstood(String code, Object... arguments) {
		super(code + " " + Arrays.toString(arguments));
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * The message key, looked up as Spring looks up typeMismatch (per form and field
	 * first).
	 */
	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
