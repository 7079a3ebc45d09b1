package org.sanctuarytracker.policy;

/**
 * Where a policy stands. Only ENACTED policies put their provisions in force.
 */
public enum PolicyStatus {

	PROPOSED, ENACTED, REPEALED, STRUCK_DOWN, EXPIRED, FAILED

}
