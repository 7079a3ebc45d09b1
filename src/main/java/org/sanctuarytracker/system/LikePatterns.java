package org.sanctuarytracker.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Text a query matches literally with SQL's
 * {@code lower(column) like :pattern escape '\'}: lower-cased, with LIKE's wildcards and
 * its escape character escaped, so a typed {@code 50%} or {@code a_b} means just that.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** The text as a LIKE pattern that matches only itself. */
	public static String literal(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A pattern matching any value that contains the text; null for none. */
	@Contract("null -> null; !null -> !null")
	public static @Nullable String containing(@Nullable String text) {
		return (text == null) ? null : "%" + literal(text) + "%";
	}

}
