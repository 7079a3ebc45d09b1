package org.sanctuarytracker.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.search.SearchResults.PolicyHit;
import org.sanctuarytracker.search.SearchResults.SourceHit;
import org.sanctuarytracker.search.SearchResults.StatementHit;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.search.SearchTables.first;
import static org.sanctuarytracker.search.SearchTables.sql;

/**
 * Statements, policies and sources by their words: PostgreSQL full-text search
 * ({@code websearch_to_tsquery}, which reads anything a reader types), each over a GIN
 * index (the statements' stored {@code search_vector}; V65's expression indexes on a
 * policy's title and summary and a source's title and publisher, which these queries
 * repeat exactly).
 * <p>
 * A common word matches hundreds of thousands of statements, so only the newest
 * {@link #CANDIDATES} matches are ranked ({@code ts_rank}), nothing is counted, and
 * {@code ts_headline} runs only on the few rows shown. Statements also match by their
 * speaker: the people the search found by name, whose own statements rank first. A
 * policy's or source's words are made a tsvector again, to rank, only for its candidates,
 * never for every match.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TextMatches {

	/** The newest matches of each kind ranked, at most. */
	static final int CANDIDATES = 200;

	private static final String TSQUERY = "websearch_to_tsquery('english', :q)";

	// Control characters are removed before the headline, so only its own marks remain.
	private static String headline(String column) {
		return "ts_headline('english', translate(" + column + ", chr(2) || chr(3), ''), " + TSQUERY + ", "
				+ Snippet.OPTIONS_SQL + ")";
	}

	private static final String POLICY_TEXT = "to_tsvector('english'::regconfig, p.title || ' ' || coalesce(p.summary, ''))";

	private static final String SOURCE_TEXT = "to_tsvector('english'::regconfig, s.title || ' ' || coalesce(s.publisher, ''))";

	// The candidates are ranked in a query of their own ("offset 0" keeps the planner
	// from merging it into the order by rank): merged, it may read a whole table in rank
	// order and look for each row among the candidates, where the few candidates should
	// be read first (1.5 s instead of milliseconds over the 300,000 sources of the past).
	private static final String RANKED_APART = " offset 0";

	private final NamedParameterJdbcTemplate jdbc;

	/** Up to {@code limit} statements, best first; {@code speakers} are people's ids. */
	List<StatementHit> statements(String q, List<Long> speakers, int limit, Snapshot at) {
		boolean bySpeaker = !speakers.isEmpty();
		String newest = " order by s.said_on desc nulls last, s.id desc limit :candidates";
		String byWords = first(
				"select s.id, s.said_on from {found:statement} s where s.search_vector @@ " + TSQUERY + newest, at);
		// Two reads that each stop early on their index, not one "words or speaker"
		// condition (see StatementSearch.Matches).
		String candidates = bySpeaker ? "(" + byWords + ") union ("
				+ first("select s.id, s.said_on from {found:statement} s where s.person_id in (:speakers)" + newest, at)
				+ ")" : byWords;
		String rank = "ts_rank(s.search_vector, " + TSQUERY + ")"
				+ (bySpeaker ? " + (case when s.person_id in (:speakers) then 1 else 0 end)" : "");
		String sql = "select s.id, p.slug, p.name, s.speaker_title, j.slug, j.name, s.said_on, s.said_on_precision,"
				+ " s.stated_on is null, s.kind, s.stance, " + headline("s.quote") + ", " + headline("s.context")
				+ " from (select r.* from (select s.id, " + rank + " as rank, s.said_on from (select c.id from ("
				+ candidates + ") c order by c.said_on desc nulls last, c.id desc limit :candidates) c"
				+ " join {statement} s on s.id = c.id" + RANKED_APART
				+ ") r order by r.rank desc, r.said_on desc nulls last, r.id desc limit :limit) top join {statement} s on s.id = top.id join {person} p on p.id = s.person_id"
				+ " join {jurisdiction} j on j.id = s.jurisdiction_id"
				+ " order by top.rank desc, top.said_on desc nulls last, top.id desc";
		MapSqlParameterSource params = params(q, limit, at);
		if (bySpeaker) {
			params.addValue("speakers", speakers);
		}
		return this.jdbc.query(sql(sql, at), params,
				(rs, i) -> new StatementHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), date(rs, 7, 8), rs.getBoolean(9),
						"PARAPHRASE".equals(rs.getString(10)), rs.getString(11), Snippet.of(rs.getString(12)),
						Snippet.of(rs.getString(13))));
	}

	/** Up to {@code limit} policies, best first. */
	List<PolicyHit> policies(String q, int limit, Snapshot at) {
		String sql = "select p.id, " + headline("p.title") + ", " + headline("p.summary")
				+ ", p.status, j.slug, j.name from (select r.* from (select p.id, ts_rank(" + POLICY_TEXT + ", "
				+ TSQUERY + ") as rank from ("
				+ first("select p.id from {found:policy} p where " + POLICY_TEXT + " @@ " + TSQUERY
						+ " order by p.id desc limit :candidates", at)
				+ ") c join {policy} p on p.id = c.id" + RANKED_APART
				+ ") r order by r.rank desc, r.id desc limit :limit) top"
				+ " join {policy} p on p.id = top.id join {jurisdiction} j on j.id = p.jurisdiction_id"
				+ " order by top.rank desc, top.id desc";
		return this.jdbc.query(sql(sql, at), params(q, limit, at),
				(rs, i) -> new PolicyHit(rs.getLong(1), Snippet.of(rs.getString(2)), Snippet.of(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getString(6)));
	}

	/** Up to {@code limit} sources, best first. */
	List<SourceHit> sources(String q, int limit, Snapshot at) {
		String sql = "select s.id, " + headline("s.title") + ", s.publisher, s.published_on, s.published_on_precision"
				+ " from (select r.* from (select s.id, ts_rank(" + SOURCE_TEXT + ", " + TSQUERY + ") as rank from ("
				+ first("select s.id from {found:source} s where " + SOURCE_TEXT + " @@ " + TSQUERY
						+ " order by s.id desc limit :candidates", at)
				+ ") c join {source} s on s.id = c.id" + RANKED_APART
				+ ") r order by r.rank desc, r.id desc limit :limit) top"
				+ " join {source} s on s.id = top.id order by top.rank desc, top.id desc";
		return this.jdbc.query(sql(sql, at), params(q, limit, at),
				(rs, i) -> new SourceHit(rs.getLong(1), Snippet.of(rs.getString(2)), rs.getString(3), date(rs, 4, 5)));
	}

	private static @Nullable PartialDate date(ResultSet rs, int date, int precision) throws SQLException {
		Date day = rs.getDate(date);
		String exactness = rs.getString(precision);
		return (day == null || exactness == null) ? null
				: new PartialDate(day.toLocalDate(), DatePrecision.valueOf(exactness));
	}

	private static MapSqlParameterSource params(String q, int limit, Snapshot at) {
		return SearchTables.parameters(
				new MapSqlParameterSource("q", q).addValue("limit", limit).addValue("candidates", CANDIDATES), at);
	}

}
