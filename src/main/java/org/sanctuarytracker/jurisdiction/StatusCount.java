package org.sanctuarytracker.jurisdiction;

/** How many jurisdictions have a status (a row of the home page's summary). */
record StatusCount(JurisdictionStatus status, long count) {

}
