package org.sanctuarytracker.jurisdiction;

/**
 * A jurisdiction as a picker offers it, as the choices' native queries read it (their
 * columns named after these properties).
 */
interface JurisdictionChoice {

	String getSlug();

	String getName();

	/** Its kind's code: CITY, COUNTY, STATE, NATION. */
	String getKind();

	String getStateCode();

}
