package org.sanctuarytracker.jurisdiction;

/**
 * An editor's assessment of a jurisdiction's stance, never a guess from data.
 * ANTI_SANCTUARY: a law that mandates cooperation or bans sanctuary policies.
 */
public enum JurisdictionStatus {

	SANCTUARY, LIMITED_COOPERATION, COOPERATIVE, ANTI_SANCTUARY, UNASSESSED

}
