package org.sanctuarytracker.map;

import java.util.List;
import java.util.Map;

import org.sanctuarytracker.jurisdiction.JurisdictionStatus;

/**
 * A map as a page draws it: the SVG's shapes and dots, its legend and the table that is
 * its text alternative.
 *
 * @param viewBox the SVG's view box
 * @param shapes the shapes, each a link
 * @param borders path data drawn over the shapes (state borders on the county map), or
 * null
 * @param dots the cities with coordinates
 * @param legend how many matching shapes (or places) have each status
 * @param notMatching how many shapes do not match the filter
 * @param filtered whether a filter sets matching shapes apart
 */
public record MapView(String viewBox, List<MapShape> shapes, String borders, List<MapDot> dots,
		Map<JurisdictionStatus, Integer> legend, int notMatching, boolean filtered) {

	/**
	 * One shape, a link: a jurisdiction's outline, or on the county map several counties
	 * of a state that share a status, drawn as one path.
	 *
	 * @param href where it leads (the profile; the filtered list for several counties)
	 * @param name the jurisdiction's name (with its state code for a county), or the
	 * state's name for several counties
	 * @param count how many jurisdictions it draws
	 * @param status their status
	 * @param matches whether they match the filter
	 * @param d the path data
	 */
	public record MapShape(String href, String name, int count, JurisdictionStatus status, boolean matches, String d) {

	}

	/** A city with coordinates, as a dot that links to its profile. */
	public record MapDot(String href, String name, JurisdictionStatus status, boolean matches, String cx, String cy,
			String r) {

	}

}
