package org.sanctuarytracker.jurisdiction;

/**
 * A fact filed under a jurisdiction: a policy, a statement, a funding row, a figure, a
 * designation.
 */
public interface JurisdictionFact {

	Jurisdiction getJurisdiction();

}
