package org.sanctuarytracker.system;

/**
 * How much of a date the source supports. A MONTH is stored as its first day, a YEAR as 1
 * January; the database checks it.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
