package org.sanctuarytracker.policy;

/**
 * What a policy does, modeled on the categories of the ILRC enforcement maps. New codes
 * come with a migration that extends the database's CHECK constraint, never as free text.
 */
public enum Provision {

	DECLINES_DETAINERS, LIMITS_RELEASE_NOTIFICATION, NO_287G_AGREEMENT, HAS_287G_AGREEMENT, LIMITS_ICE_JAIL_ACCESS,
	LIMITS_INFORMATION_SHARING, NO_STATUS_INQUIRY, BARS_LOCAL_RESOURCES, LEGAL_DEFENSE_FUND, REQUIRES_COOPERATION,
	PREEMPTS_SANCTUARY

}
