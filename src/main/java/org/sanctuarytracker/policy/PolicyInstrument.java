package org.sanctuarytracker.policy;

/**
 * The legal form a policy takes.
 */
public enum PolicyInstrument {

	ORDINANCE, RESOLUTION, STATE_LAW, EXECUTIVE_ORDER, POLICE_DIRECTIVE, BUDGET_MEASURE, COURT_RULING, FEDERAL_ACTION,
	OTHER

}
