package org.sanctuarytracker.jurisdiction;

/**
 * The kind of government. CITY_COUNTY is a consolidated government such as San Francisco
 * or Denver.
 */
public enum JurisdictionKind {

	NATION, STATE, COUNTY, CITY, CITY_COUNTY, FEDERAL_DISTRICT, TERRITORY

}
