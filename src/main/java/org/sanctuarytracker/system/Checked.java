package org.sanctuarytracker.system;

import org.jspecify.annotations.Nullable;

/**
 * A value a form's checks require before the form reaches the code that stores it (the
 * page's save and the import validate first): null there is a save that skipped its
 * checks, a programming error, never an editor's.
 */
public final class Checked {

	private Checked() {
	}

	/** The value, which the form's constraints require ({@code field} names it). */
	public static <T> T present(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalStateException(field + " is required, and was saved without the form's checks");
		}
		return value;
	}

}
