package org.sanctuarytracker.indicator;

/**
 * What an indicator counts. Metrics ending in _USD are dollar amounts.
 */
public enum Metric {

	MIGRANT_ARRIVALS, UNDOCUMENTED_POPULATION_ESTIMATE, MIGRANT_SPENDING_USD, BORDER_APPREHENSIONS,
	JURISDICTIONS_LIMITING_COOPERATION;

	public boolean isMoney() {
		return name().endsWith("_USD");
	}

}
