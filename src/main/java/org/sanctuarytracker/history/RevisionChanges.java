package org.sanctuarytracker.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision as the change list shows it: who, when and why, and the records it
 * changed. A save changes one record or a few, listed one by one; an import or a load
 * changes thousands, shown as one entry with counts by kind of record and a link to its
 * records, so it never buries everything else.
 *
 * @param shown its first records (at most {@link #SHOWN}), or all when there are few
 * @param records how many records it changed (that match the list's filter)
 * @param counts how many of each type were created, updated, deleted
 */
public record RevisionChanges(long revision, Instant at, String username, String summary, List<Change> shown,
		long records, List<Count> counts) {

	/** A revision of more records than this is shown as one entry. */
	public static final int SHOWN = 3;

	/**
	 * @param kind 0 created, 1 updated, 2 deleted
	 */
	public record Count(RecordType type, int kind, long count) {
	}

	public boolean collapsed() {
		return this.records > SHOWN;
	}

	/** The page listing every record of the revision. */
	public String url() {
		return "/changes/revisions/" + this.revision;
	}

}
