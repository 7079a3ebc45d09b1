package org.sanctuarytracker.editing;

import java.util.List;

import org.sanctuarytracker.system.Choice;

/**
 * What a picker field shows: the record its value names (if any) and, after the editor
 * pressed its Find button, the matches to choose from.
 *
 * @param field the form field (e.g. {@code terms[0].jurisdiction})
 * @param key the field as a request-parameter key, for the choice among the matches
 * @param current the record the field's value names, or null
 * @param matches the records found, or null when the editor did not search this field
 * @param suggested what the field offers while it is empty and not searched (may be
 * empty)
 */
public record RecordPicker(String field, String key, Choice current, List<Choice> matches, List<Choice> suggested) {

	public boolean searched() {
		return this.matches != null;
	}

	/** The records offered to choose from: the search's matches, else the suggestions. */
	public List<Choice> offered() {
		return searched() ? this.matches : this.suggested;
	}

	/**
	 * Whether the picker shows a choice (found or suggested, or a search that found
	 * none).
	 */
	public boolean offers() {
		return searched() || !this.suggested.isEmpty();
	}

	/** The message key of what the offered records are. */
	public String offeredKey() {
		if (!searched()) {
			return "picker.suggested";
		}
		return this.matches.isEmpty() ? "picker.noMatches" : "picker.matches";
	}

}
