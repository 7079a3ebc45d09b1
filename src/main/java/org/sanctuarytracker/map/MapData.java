package org.sanctuarytracker.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.Provision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the maps read: each drawn jurisdiction's status in one query, and the cities with
 * coordinates, a bounded number of them. Whether a row matches the map's filter is
 * computed by the same query (a provision in force as Policy#isInForce has it).
 */
@Repository
@Transactional(readOnly = true)
class MapData {

	/** Cities drawn as dots: the most populous first, never more than this. */
	static final int MAX_DOTS = 300;

	private final JdbcClient jdbc;

	MapData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The states, DC and territories; with counties too when asked, in GEOID order. */
	List<Place> statesAndCounties(boolean withCounties, Provision provision, JurisdictionKind kind, LocalDate today) {
		return places("length(j.geoid) " + (withCounties ? "in (2, 5)" : "= 2"), provision, kind, today, null,
				Integer.MAX_VALUE);
	}

	/** One state's counties, in GEOID order. */
	List<Place> countiesOf(String stateFips) {
		return places("length(j.geoid) = 5 and left(j.geoid, 2) = :fips", null, null, null, stateFips,
				Integer.MAX_VALUE);
	}

	/** Cities with coordinates, in one state or everywhere: the most populous first. */
	List<Place> cities(String stateCode, Provision provision, JurisdictionKind kind, LocalDate today) {
		return places(
				"j.kind in ('CITY', 'CITY_COUNTY') and j.latitude is not null"
						+ ((stateCode != null) ? " and j.state_code = :state" : ""),
				provision, kind, today, stateCode, MAX_DOTS);
	}

	private List<Place> places(String where, Provision provision, JurisdictionKind kind, LocalDate today,
			String parameter, int limit) {
		List<String> matches = new ArrayList<>();
		if (kind != null) {
			matches.add("j.kind = :kind");
		}
		if (provision != null) {
			matches.add("""
					exists (select 1 from policy p join policy_provision pp on pp.policy_id = p.id
					         where p.jurisdiction_id = j.id and pp.provision = :provision and p.status = 'ENACTED'
					           and (p.effective_on is null or p.effective_on <= :today)
					           and (p.ended_on is null or p.ended_on > :today))""");
		}
		String sql = "select j.geoid, j.name, j.slug, j.state_code, j.kind, j.status, j.latitude, j.longitude, "
				+ (matches.isEmpty() ? "true" : String.join(" and ", matches))
				+ " as matches from jurisdiction j where " + where + (limit == Integer.MAX_VALUE ? " order by j.geoid"
						: " order by j.population desc nulls last, j.id limit " + limit);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (kind != null) {
			statement = statement.param("kind", kind.name());
		}
		if (provision != null) {
			statement = statement.param("provision", provision.name()).param("today", today);
		}
		if (parameter != null) {
			statement = statement.param(sql.contains(":fips") ? "fips" : "state", parameter);
		}
		return statement
			.query((rs, n) -> new Place(rs.getString("geoid"), rs.getString("name"), rs.getString("slug"),
					rs.getString("state_code"), JurisdictionKind.valueOf(rs.getString("kind")),
					JurisdictionStatus.valueOf(rs.getString("status")),
					(rs.getBigDecimal("latitude") != null) ? rs.getBigDecimal("latitude").doubleValue() : null,
					(rs.getBigDecimal("longitude") != null) ? rs.getBigDecimal("longitude").doubleValue() : null,
					rs.getBoolean("matches")))
			.list();
	}

	/** A jurisdiction as a map draws it. */
	record Place(String geoid, String name, String slug, String stateCode, JurisdictionKind kind,
			JurisdictionStatus status, Double latitude, Double longitude, boolean matches) {

	}

}
