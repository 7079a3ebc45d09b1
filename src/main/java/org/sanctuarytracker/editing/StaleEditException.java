package org.sanctuarytracker.editing;

import org.sanctuarytracker.system.BaseEntity;

/**
 * The editor's save was based on an older version than the one stored: someone else saved
 * in between. Answered with 409 and the editor's own input kept.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	/** Throws unless the editor started from the stored version. */
	public static void check(BaseEntity stored, Long startedFrom, String what) {
		if (startedFrom == null || stored.getVersion() != startedFrom) {
			throw new StaleEditException(what, stored.getId());
		}
	}

}
