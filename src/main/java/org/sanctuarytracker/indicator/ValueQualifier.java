package org.sanctuarytracker.indicator;

/**
 * How exact a reported figure is: sources say "more than 50,000" or "nearly a million",
 * and the tracker keeps that hedge instead of passing the number off as exact.
 */
public enum ValueQualifier {

	EXACT, APPROXIMATE, MORE_THAN, NEARLY

}
