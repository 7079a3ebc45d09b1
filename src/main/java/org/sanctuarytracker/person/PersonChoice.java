package org.sanctuarytracker.person;

/**
 * A person as a picker offers them, as the choices' native queries read them (their
 * columns named after these properties).
 */
interface PersonChoice {

	String getSlug();

	String getName();

	String getCurrentTitle();

	/** The name of the jurisdiction they serve. */
	String getPlace();

}
