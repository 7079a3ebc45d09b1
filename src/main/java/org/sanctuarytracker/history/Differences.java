package org.sanctuarytracker.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.sanctuarytracker.history.Change.FieldChange.Segment;

/**
 * How one field's value before and after an edit differ, as the marked segments a history
 * page shows: prose word by word (a one-word fix in a quote marks that word, not the
 * whole quote), a set member by member, any other value whole.
 */
final class Differences {

	/** Before and after, each as its segments in order. */
	record Pair(List<Segment> before, List<Segment> after) {
	}

	// Words (with inner apostrophes: "don't"), runs of white space, and any other single
	// character (punctuation), so that a changed comma does not mark its word.
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|\\s+|.",
			Pattern.DOTALL);

	// Past this many tokens a text is marked whole: the comparison grows with the product
	// of the lengths, and a page must stay fast whatever an editor pasted.
	private static final int MAX_TOKENS = 5000;

	private Differences() {
	}

	static Pair whole(String before, String after) {
		return new Pair(marked(before), marked(after));
	}

	static Pair words(String before, String after) {
		List<String> old = tokens(before);
		List<String> now = tokens(after);
		if (old.size() > MAX_TOKENS || now.size() > MAX_TOKENS) {
			return whole(before, after);
		}
		boolean[] deleted = new boolean[old.size()];
		boolean[] inserted = new boolean[now.size()];
		for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
			mark(deleted, delta.getSource().getPosition(), delta.getSource().size());
			mark(inserted, delta.getTarget().getPosition(), delta.getTarget().size());
		}
		return new Pair(segments(old, deleted), segments(now, inserted));
	}

	/** Two sets, each shown sorted, with the members removed or added marked. */
	static Pair members(List<String> before, List<String> after) {
		return new Pair(members(before, after, "; "), members(after, before, "; "));
	}

	private static List<Segment> members(List<String> shown, List<String> other, String separator) {
		List<String> tokens = new ArrayList<>();
		boolean[] changed = new boolean[shown.size() * 2];
		for (String member : shown) {
			if (!tokens.isEmpty()) {
				tokens.add(separator);
			}
			changed[tokens.size()] = !other.contains(member);
			tokens.add(member);
		}
		return merge(tokens, changed);
	}

	private static List<Segment> marked(String value) {
		return value.isEmpty() ? List.of() : List.of(new Segment(value, true));
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher token = TOKEN.matcher(text);
		while (token.find()) {
			tokens.add(token.group());
		}
		return tokens;
	}

	private static void mark(boolean[] changed, int from, int count) {
		for (int i = from; i < from + count; i++) {
			changed[i] = true;
		}
	}

	private static List<Segment> segments(List<String> tokens, boolean[] changed) {
		// The space between two changed words belongs to the change: "<del>two
		// words</del>", not "<del>two</del> <del>words</del>".
		for (int i = 1; i < tokens.size() - 1; i++) {
			if (!changed[i] && changed[i - 1] && changed[i + 1] && tokens.get(i).isBlank()) {
				changed[i] = true;
			}
		}
		return merge(tokens, changed);
	}

	private static List<Segment> merge(List<String> tokens, boolean[] changed) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			text.append(tokens.get(i));
			if (i == tokens.size() - 1 || changed[i + 1] != changed[i]) {
				segments.add(new Segment(text.toString(), changed[i]));
				text.setLength(0);
			}
		}
		return segments;
	}

}
