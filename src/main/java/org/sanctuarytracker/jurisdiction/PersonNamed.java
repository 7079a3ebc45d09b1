package org.sanctuarytracker.jurisdiction;

/**
 * A person a refused delete names, as the native query reads them: the link to their page
 * and its text.
 */
interface PersonNamed {

	String getSlug();

	String getName();

}
