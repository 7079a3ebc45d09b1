package org.sanctuarytracker.funding;

/**
 * Where federal money at risk stands.
 */
public enum FundingStatus {

	THREATENED, WITHHELD, RESTORED, RECEIVED

}
