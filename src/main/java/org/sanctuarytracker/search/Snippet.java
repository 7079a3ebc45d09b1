package org.sanctuarytracker.search;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A piece of text with the words a search matched marked, as {@code ts_headline} returns
 * it: the page renders each part as text ({@code th:text}) and the matches in
 * {@code <mark>}, so nothing in a quote or a title is ever read as HTML.
 * <p>
 * {@code ts_headline} is asked to mark matches with two control characters
 * ({@link #START}, {@link #STOP}) that stored text cannot hold (the binder strips control
 * characters from every input, and the SQL removes them before the headline), rather than
 * with {@code <b>} tags that would have to be trusted.
 */
public record Snippet(List<Part> parts) {

	static final char START = '\u0002';

	static final char STOP = '\u0003';

	/**
	 * The {@code ts_headline} options that mark matches with {@link #START} and
	 * {@link #STOP}.
	 */
	static final String OPTIONS_SQL = "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=40, MinWords=18'";

	/** A run of text, matched by the search or not. */
	public record Part(String text, boolean match) {
	}

	static @Nullable Snippet of(@Nullable String marked) {
		if (marked == null || marked.isEmpty()) {
			return null;
		}
		List<Part> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		boolean inMatch = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				add(parts, run, inMatch);
				inMatch = (c == START);
			}
			else {
				run.append(c);
			}
		}
		add(parts, run, inMatch);
		return new Snippet(List.copyOf(parts));
	}

	private static void add(List<Part> parts, StringBuilder run, boolean match) {
		if (!run.isEmpty()) {
			parts.add(new Part(run.toString(), match));
			run.setLength(0);
		}
	}

	/** The text without its marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

}
