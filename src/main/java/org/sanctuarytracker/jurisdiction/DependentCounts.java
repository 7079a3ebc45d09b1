package org.sanctuarytracker.jurisdiction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many records of each kind depend on a jurisdiction, as one native query counts them
 * (its columns named after these properties): what a delete would orphan.
 */
interface DependentCounts {

	long getStatements();

	long getPolicies();

	/** People who serve there, and titles held there. */
	long getPeople();

	/** Places whose parent it is. */
	long getChildren();

	/** Funding rows, figures and designations. */
	long getFacts();

	/** Federal actions aimed at it. */
	long getTargeted();

	/**
	 * Each kind by the name its delete blocker's messages use
	 * ({@code delete.blocker.statements}), zero counts left out.
	 */
	default Map<String, Long> nonZero() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("statements", getStatements());
		counts.put("policies", getPolicies());
		counts.put("people", getPeople());
		counts.put("children", getChildren());
		counts.put("facts", getFacts());
		counts.put("targeted", getTargeted());
		counts.values().removeIf((count) -> count == 0);
		return counts;
	}

}
