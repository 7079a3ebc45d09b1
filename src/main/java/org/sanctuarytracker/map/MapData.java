package org.sanctuarytracker.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.export.SnapshotQueries;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.Provision;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the maps read: each drawn jurisdiction's status in one query, and the cities with
 * coordinates, a bounded number of them. Whether a row matches the map's filter is
 * computed by the same query (a provision in force as the exports define it). Today's
 * record, or with a snapshot the record as it stood then (the tables named as the exports
 * name them).
 */
@Repository
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MapData {

	/** Cities drawn as dots: the most populous first, never more than this. */
	static final int MAX_DOTS = 300;

	private final SnapshotQueries queries;

	/**
	 * The states, DC and territories; with counties too when asked, in GEOID order.
	 * @param when where to read: {@code null} for today
	 * @param day the day a policy must be in force on to match
	 */
	List<Place> statesAndCounties(boolean withCounties, Provision provision, JurisdictionKind kind, Snapshot when,
			LocalDate day) {
		return places("length(j.geoid) " + (withCounties ? "in (2, 5)" : "= 2"), provision, kind, when, day, Map.of(),
				Integer.MAX_VALUE);
	}

	/** One state's counties, in GEOID order. */
	List<Place> countiesOf(String stateFips, Snapshot when) {
		return places("length(j.geoid) = 5 and left(j.geoid, 2) = :fips", null, null, when, null,
				Map.of("fips", stateFips), Integer.MAX_VALUE);
	}

	/** Cities with coordinates, in one state or everywhere: the most populous first. */
	List<Place> cities(String stateCode, Provision provision, JurisdictionKind kind, Snapshot when, LocalDate day) {
		return places(
				"j.kind in ('CITY', 'CITY_COUNTY') and j.latitude is not null"
						+ ((stateCode != null) ? " and j.state_code = :state" : ""),
				provision, kind, when, day, (stateCode != null) ? Map.of("state", stateCode) : Map.of(), MAX_DOTS);
	}

	private List<Place> places(String where, Provision provision, JurisdictionKind kind, Snapshot when, LocalDate day,
			Map<String, Object> given, int limit) {
		Map<String, Object> parameters = new HashMap<>(given);
		List<String> matches = new ArrayList<>();
		if (kind != null) {
			matches.add("j.kind = :kind");
			parameters.put("kind", kind.name());
		}
		if (provision != null) {
			matches.add(SnapshotQueries.PROVISION_IN_FORCE);
			parameters.put("provision", provision.name());
			parameters.put("today", day);
		}
		String sql = "select j.geoid, j.name, j.slug, j.state_code, j.kind, j.status, j.latitude, j.longitude, "
				+ (matches.isEmpty() ? "true" : String.join(" and ", matches)) + " as matches from jur j where " + where
				+ (limit == Integer.MAX_VALUE ? " order by j.geoid"
						: " order by j.population desc nulls last, j.id limit " + limit);
		return this.queries.query(when, sql, parameters,
				(rs, n) -> new Place(rs.getString("geoid"), rs.getString("name"), rs.getString("slug"),
						rs.getString("state_code"), JurisdictionKind.valueOf(rs.getString("kind")),
						JurisdictionStatus.valueOf(rs.getString("status")),
						(rs.getBigDecimal("latitude") != null) ? rs.getBigDecimal("latitude").doubleValue() : null,
						(rs.getBigDecimal("longitude") != null) ? rs.getBigDecimal("longitude").doubleValue() : null,
						rs.getBoolean("matches")));
	}

	/** A jurisdiction as a map draws it. */
	record Place(String geoid, String name, String slug, String stateCode, JurisdictionKind kind,
			JurisdictionStatus status, Double latitude, Double longitude, boolean matches) {

	}

}
