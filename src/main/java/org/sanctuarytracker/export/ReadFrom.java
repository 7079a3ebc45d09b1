package org.sanctuarytracker.export;

/**
 * Where an export reads its snapshot's rows from. Both give the same rows for the newest
 * revision: every change to an exported table is written with its audit row in the same
 * transaction, and saves commit in revision order (history/RevisionOrder).
 */
enum ReadFrom {

	/**
	 * The live tables: only for the newest revision, checked in the reading transaction
	 * itself. As fast as the tables' own indexes allow.
	 */
	LIVE,

	/** The revision history (the *_aud tables) as it stood at revision :rev. */
	HISTORY

}
