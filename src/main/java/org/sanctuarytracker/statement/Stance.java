package org.sanctuarytracker.statement;

/**
 * Where a statement stands on sanctuary policies.
 */
public enum Stance {

	SUPPORTS_SANCTUARY, OPPOSES_SANCTUARY, NEUTRAL, MIXED

}
