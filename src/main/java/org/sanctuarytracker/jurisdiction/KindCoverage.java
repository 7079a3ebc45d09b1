package org.sanctuarytracker.jurisdiction;

/**
 * How far the record reaches for one kind of government: how many there are and how many
 * an editor has assessed (any status but UNASSESSED).
 */
public record KindCoverage(JurisdictionKind kind, long total, long assessed) {

}
