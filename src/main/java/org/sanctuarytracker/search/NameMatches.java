package org.sanctuarytracker.search;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.search.SearchResults.JurisdictionHit;
import org.sanctuarytracker.search.SearchResults.PersonHit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.search.SearchTables.sql;

/**
 * Jurisdictions and people by name, as a reader types them: typos tolerated ("garceti",
 * "chicgo", "los angelos"), accents, case and punctuation ignored, "St." and "Saint" the
 * same (all through V65's {@code search_name}), and for places their other names ("NYC",
 * "L.A.", "DC", from {@code jurisdiction_alias}).
 * <p>
 * A name matches when it holds the words ({@code like}) or the words are close to a part
 * of it ({@code pg_trgm}'s word similarity, {@code <%}, at the threshold the caller sets
 * for the transaction, {@link #useThreshold}), both served by the trigram indexes on the
 * stored {@code search_key}. Each yields at most {@link #CANDIDATES} matches, and only
 * those are ranked. One or two letters match only an exact name or another name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NameMatches {

	/**
	 * The matches of a name ranked, at most: a common word ("county") matches thousands.
	 */
	static final int CANDIDATES = 500;

	/** How close a name must be to be a match on the search page. */
	static final double MATCH = 0.5;

	/** How close a name must be to be suggested when nothing matched. */
	static final double NEAREST = 0.3;

	// Candidates: another name of the place; names holding the words; names close to
	// them; for one or two letters the exact name. Ranked: exact name, other name,
	// holding the words, then the closest, the largest place first among equals.
	private static final String JURISDICTIONS = """
			select m.slug, m.name, m.kind, m.state_code, m.status, m.alias from (
			    select c.id, c.slug, c.name, c.kind, c.state_code, c.status, c.population, c.search_key,
			           max(c.score) as score,
			           (array_agg(c.alias order by c.alias = :q desc, c.alias) filter (where c.alias is not null))[1] as alias
			    from (
			        select j.id, j.slug, j.name, j.kind, j.state_code, j.status, j.population, j.search_key,
			               2.0::real as score, a.alias
			        from jurisdiction_alias a join {jurisdiction} j on j.geoid = a.geoid
			        where search_name(a.alias) = search_name(:q)
			        union all
			        select w.*, 1.0::real, null from (
			            select j.id, j.slug, j.name, j.kind, j.state_code, j.status, j.population, j.search_key
			            from {found:jurisdiction} j
			            where length(search_name(:q)) >= 3 and j.search_key like '%' || search_name(:q) || '%'
			            limit :candidates) w
			        union all
			        select f.*, word_similarity(search_name(:q), f.search_key), null from (
			            select j.id, j.slug, j.name, j.kind, j.state_code, j.status, j.population, j.search_key
			            from {found:jurisdiction} j
			            where length(search_name(:q)) >= 3 and search_name(:q) <% j.search_key
			            limit :candidates) f
			        union all
			        select j.id, j.slug, j.name, j.kind, j.state_code, j.status, j.population, j.search_key, 3.0::real, null
			        from {found:jurisdiction} j where length(search_name(:q)) < 3 and j.search_key = search_name(:q)
			    ) c
			    group by c.id, c.slug, c.name, c.kind, c.state_code, c.status, c.population, c.search_key
			) m
			order by (m.search_key = search_name(:q)) desc, m.score desc, similarity(m.search_key, search_name(:q)) desc,
			         m.population desc nulls last, m.name, m.id
			limit :limit""";

	private static final String PEOPLE = """
			select m.id, m.slug, m.name, m.current_title, j.name, m.organization from (
			    select c.id, c.slug, c.name, c.current_title, c.jurisdiction_id, c.organization, c.search_key,
			           max(c.score) as score
			    from (
			        select w.*, 1.0::real as score from (
			            select p.id, p.slug, p.name, p.current_title, p.jurisdiction_id, p.organization, p.search_key
			            from {found:person} p
			            where length(search_name(:q)) >= 3 and p.search_key like '%' || search_name(:q) || '%'
			            limit :candidates) w
			        union all
			        select f.*, word_similarity(search_name(:q), f.search_key) from (
			            select p.id, p.slug, p.name, p.current_title, p.jurisdiction_id, p.organization, p.search_key
			            from {found:person} p
			            where length(search_name(:q)) >= 3 and search_name(:q) <% p.search_key
			            limit :candidates) f
			    ) c
			    group by c.id, c.slug, c.name, c.current_title, c.jurisdiction_id, c.organization, c.search_key
			    order by (c.search_key = search_name(:q)) desc, max(c.score) desc,
			             similarity(c.search_key, search_name(:q)) desc, c.name, c.id
			    limit :limit
			) m
			left join {jurisdiction} j on j.id = m.jurisdiction_id
			order by (m.search_key = search_name(:q)) desc, m.score desc, similarity(m.search_key, search_name(:q)) desc,
			         m.name, m.id""";

	// The nearest names of either kind, for "did you mean"; distinct, closest first.
	private static final String NEAREST_NAMES = """
			select n.name from (
			    select j.name, similarity(j.search_key, search_name(:q)) as score from (
			        select j.name, j.search_key from {found:jurisdiction} j where search_name(:q) <% j.search_key
			        limit :candidates) j
			    union all
			    select p.name, similarity(p.search_key, search_name(:q)) from (
			        select p.name, p.search_key from {found:person} p where search_name(:q) <% p.search_key
			        limit :candidates) p
			) n
			group by n.name
			order by max(n.score) desc, n.name
			limit :limit""";

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * Sets how close a name must be for the rest of the transaction: the threshold of
	 * {@code <%}, which the index reads (a function of the similarity would not be
	 * indexed).
	 */
	void useThreshold(double threshold) {
		this.jdbc.queryForObject("select set_config('pg_trgm.word_similarity_threshold', :t, true)",
				new MapSqlParameterSource("t", String.valueOf(threshold)), String.class);
	}

	/** Up to {@code limit} places, best first, today or at the snapshot. */
	List<JurisdictionHit> jurisdictions(String q, int limit, Snapshot at) {
		return this.jdbc.query(sql(JURISDICTIONS, at), params(q, limit, at),
				(rs, i) -> new JurisdictionHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)));
	}

	/** Up to {@code limit} people, best first, today or at the snapshot. */
	List<PersonHit> people(String q, int limit, Snapshot at) {
		return this.jdbc.query(sql(PEOPLE, at), params(q, limit, at), (rs, i) -> new PersonHit(rs.getLong(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
	}

	/** The names of places and people nearest the words, at the threshold set. */
	List<String> nearest(String q, int limit, Snapshot at) {
		return this.jdbc.queryForList(sql(NEAREST_NAMES, at), params(q, limit, at), String.class);
	}

	private static MapSqlParameterSource params(String q, int limit, Snapshot at) {
		return SearchTables.parameters(
				new MapSqlParameterSource("q", q).addValue("limit", limit).addValue("candidates", CANDIDATES), at);
	}

}
