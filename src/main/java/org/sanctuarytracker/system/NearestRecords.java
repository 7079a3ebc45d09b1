package org.sanctuarytracker.system;

import java.util.List;

/**
 * The records whose names are nearest a slug no record has, for a 404 page to offer
 * ({@code /jurisdictions/chicago}: "Did you mean Chicago, IL?"). Implemented above the
 * features (the search), so that the error pages, which know no feature, can ask.
 */
public interface NearestRecords {

	/**
	 * Up to a few records of the kind named ({@code "jurisdiction"}, {@code "person"}),
	 * nearest first; empty for another kind.
	 */
	List<Suggestion> nearest(String what, String slug);

	/** A record to link to: its page's path and its name. */
	record Suggestion(String path, String name) {
	}

}
