package org.sanctuarytracker.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.system.Choice;

/**
 * The records a form field chooses among (jurisdictions, people) when there are too many
 * to list: found by a bounded search, and named by the value the field holds. A feature
 * implements it as a bean; {@link RecordEditor} offers it through a picker.
 */
public interface RecordChoices {

	/**
	 * At most {@code max} records matching what an editor typed, best first: the record
	 * with that exact slug or name, then names starting with it, then names containing
	 * it.
	 */
	List<Choice> matching(String query, int max);

	/**
	 * As {@link #matching(String, int)}, ranked for the form being filled: a statement's
	 * speakers from its own jurisdiction first, say.
	 */
	default List<Choice> matching(String query, int max, EditForm form) {
		return matching(query, max);
	}

	/**
	 * What the picker offers before anything is typed (at most {@code max}, one bounded
	 * query): the people of the statement's jurisdiction, say. Empty by default.
	 */
	default List<Choice> suggested(EditForm form, int max) {
		return List.of();
	}

	/** The records among these field values that exist, by value; one query. */
	Map<String, Choice> withValues(Collection<String> values);

	/** The message key for a value that names no record, with the value as argument. */
	String unknownMessage();

}
