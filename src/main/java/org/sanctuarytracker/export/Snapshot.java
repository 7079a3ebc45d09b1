package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The state of the data an export reads: every change up to and including one revision.
 * The same snapshot always gives the same rows, so a download can be repeated byte for
 * byte later, whatever was edited since.
 *
 * @param revision the last revision included (0: nothing was ever recorded)
 * @param instant the moment the export stands at, named in its header and bundle
 */
public record Snapshot(long revision, Instant instant) {

	/** The calendar date of the snapshot (UTC): what "in force" means for it. */
	public LocalDate date() {
		return LocalDate.ofInstant(this.instant, ZoneOffset.UTC);
	}

}
