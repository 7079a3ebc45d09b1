package org.sanctuarytracker.map;

import java.util.List;
import java.util.Map;

import org.sanctuarytracker.jurisdiction.JurisdictionStatus;

/**
 * The text alternative of a map, bounded: one row per state (never one per county).
 *
 * @param rows one per state, DC and territory
 * @param county whether the rows count counties (else each row is the state itself)
 */
public record MapTable(List<Row> rows, boolean county) {

	/**
	 * A state: its own status and whether it matches the filter; on the county map, how
	 * many of its counties (matching the filter) have each status.
	 *
	 * @param name the state's name
	 * @param href its profile
	 * @param stateCode its USPS code, for the links to the filtered list
	 * @param status its own status
	 * @param matches whether it matches the filter
	 * @param drawn whether the map draws it (territories have no Albers outline)
	 * @param counties its counties per status (on the county map)
	 */
	public record Row(String name, String href, String stateCode, JurisdictionStatus status, boolean matches,
			boolean drawn, Map<JurisdictionStatus, Integer> counties) {

	}

}
