package org.sanctuarytracker.dataimport;

/**
 * Why a row is refused: the column it concerns (none when it is the row as a whole) and a
 * message key with its arguments, so the dry run says it in the editor's language, as the
 * forms do.
 */
public record RowProblem(String column, String key, Object... arguments) {

	/** A problem of the row as a whole rather than of one of its cells. */
	static RowProblem ofRow(String key, Object... arguments) {
		return new RowProblem(null, key, arguments);
	}

}
