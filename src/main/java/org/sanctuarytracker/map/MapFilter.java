package org.sanctuarytracker.map;

import jakarta.validation.constraints.Pattern;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.policy.Provision;

/**
 * The map's choices as they stand in the URL: states or counties, and which jurisdictions
 * count as matching (a provision in force, a kind). Bad values answer 400.
 */
public record MapFilter(@Pattern(regexp = "(?i)state|county", message = "{map.level.invalid}") String level,
		Provision provision, JurisdictionKind kind) {

	public MapFilter {
		level = (level == null || level.isBlank()) ? "state" : level.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean isCounty() {
		return "county".equals(this.level);
	}

	public boolean isFiltered() {
		return this.provision != null || this.kind != null;
	}

}
