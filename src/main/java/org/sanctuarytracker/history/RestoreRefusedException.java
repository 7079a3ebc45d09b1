package org.sanctuarytracker.history;

/**
 * A version cannot be restored as it stood: something it refers to is gone, or a value it
 * held is another record's now. Answered 409 with the reason, in the reader's words.
 *
 * @see RecordRestorer
 */
public class RestoreRefusedException extends RuntimeException {

	private final String reasonKey;

	RestoreRefusedException(String reasonKey) {
		super("Restore refused: " + reasonKey);
		this.reasonKey = reasonKey;
	}

	/** The message key of the reason (restore.refused.*). */
	public String reasonKey() {
		return this.reasonKey;
	}

}
