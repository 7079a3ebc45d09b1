package org.sanctuarytracker.system;

import java.util.regex.Pattern;

/**
 * Ends a sentence made around a record's words once: "Saved: Mayor vows to stop
 * deportations." and never "…deportations..", whether the words end in a full stop, a
 * question, an ellipsis or a closing quotation mark after one.
 */
public final class Sentences {

	// Terminal punctuation, then any closing quotation marks or brackets.
	private static final Pattern ENDED = Pattern.compile("[.!?…][\"'”’»)\\]]*$");

	private Sentences() {
	}

	/** The text with a full stop, unless it already ends a sentence. */
	public static String closed(String text) {
		String trimmed = text.strip();
		return ENDED.matcher(trimmed).find() ? trimmed : trimmed + ".";
	}

}
