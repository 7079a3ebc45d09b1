package org.sanctuarytracker.policy;

/**
 * Where a policy stands. Only ENACTED policies put their provisions in force; ANNOUNCED
 * is made public (a mayor "announced the creation" of a fund) but not yet adopted.
 */
public enum PolicyStatus {

	ANNOUNCED, PROPOSED, ENACTED, REPEALED, STRUCK_DOWN, EXPIRED, FAILED

}
