package org.sanctuarytracker.history;

import java.time.Instant;
import java.util.List;

/**
 * One record changed in one revision: what, by whom, when and why; with the
 * field-by-field difference where a history page shows it.
 *
 * @param kind 0 created, 1 updated, 2 deleted (Envers' revision types)
 * @param jurisdictionSlug the jurisdiction the record belongs to, when it still exists
 */
public record Change(long revision, Instant at, String username, String summary, RecordType type, long recordId,
		int kind, String label, String jurisdictionSlug, String jurisdictionName, List<FieldChange> fields) {

	public Change withFields(List<FieldChange> fields) {
		return new Change(this.revision, this.at, this.username, this.summary, this.type, this.recordId, this.kind,
				this.label, this.jurisdictionSlug, this.jurisdictionName, fields);
	}

	/** The record's history page, which works even after the record was deleted. */
	public String historyUrl() {
		return this.type.historyUrl(this.recordId);
	}

	/**
	 * One field's value before and after the revision, each as segments: the text it
	 * shares with the other value, and the text removed (before) or added (after).
	 */
	public record FieldChange(String field, List<Segment> before, List<Segment> after) {

		/** A run of text, marked when the revision removed or added it. */
		public record Segment(String text, boolean changed) {

		}

	}

}
