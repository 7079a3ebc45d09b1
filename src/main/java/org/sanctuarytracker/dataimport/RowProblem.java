package org.sanctuarytracker.dataimport;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a row is refused: the column it concerns (none when it is the row as a whole) and
 * the message, resolved in the editor's language as the forms' are: one of the import's
 * own keys (a cell it cannot read, a record it cannot find) or the very field error the
 * record's page form gives ({@link FormCheck}).
 */
public record RowProblem(String column, MessageSourceResolvable message) {

	RowProblem(String column, String key, Object... arguments) {
		this(column, new DefaultMessageSourceResolvable(new String[] { key }, arguments));
	}

	/** A problem of the row as a whole rather than of one of its cells. */
	static RowProblem ofRow(String key, Object... arguments) {
		return new RowProblem(null, key, arguments);
	}

	/**
	 * The message's plain code: the import's key, or the form error's own code
	 * ("NotBlank", "jurisdiction.population.withYear") without the form and field.
	 */
	public String key() {
		String[] codes = this.message.getCodes();
		return codes[codes.length - 1];
	}

	public Object[] arguments() {
		return this.message.getArguments();
	}

}
