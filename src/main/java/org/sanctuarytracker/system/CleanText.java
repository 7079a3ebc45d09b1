package org.sanctuarytracker.system;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Removes control characters (but tab and line breaks) from typed or imported text: they
 * are invisible on a page, break XML feeds, and are never part of a quote or a title.
 */
public final class CleanText {

	private CleanText() {
	}

	@Contract("null -> null; !null -> !null")
	public static @Nullable String of(@Nullable String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE
					|| c == 0xFFFF;
			if (control && clean == null) {
				clean = new StringBuilder(text.substring(0, i));
			}
			else if (!control && clean != null) {
				clean.append(c);
			}
		}
		return (clean != null) ? clean.toString() : text;
	}

}
