package org.sanctuarytracker.system;

import java.util.List;

/**
 * The first few of a list that may be long, and whether there were more: read one more
 * than is shown, so knowing "more" costs no count.
 */
public record FirstFew<T>(List<T> items, boolean more) {

	/**
	 * @param read up to {@code shown + 1} rows
	 */
	public static <T> FirstFew<T> of(List<T> read, int shown) {
		return (read.size() > shown) ? new FirstFew<>(read.subList(0, shown), true) : new FirstFew<>(read, false);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
