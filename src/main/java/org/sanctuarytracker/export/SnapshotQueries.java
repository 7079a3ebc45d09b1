package org.sanctuarytracker.export;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Any read of the record, today or as it stood at a snapshot, for the pages that show the
 * past beside today (the map, the jurisdiction list): the query names the tables as the
 * exports do ({@code jur}, {@code pol}, {@code pol_prov}, ..., see {@link SnapshotSql})
 * and is run over the live tables, or over the revision history at the snapshot's
 * revision, so a past page shows what the downloads of the same moment hold. Always the
 * history for a snapshot, even the newest: these reads may join a page's transaction,
 * where the repeatable read that lets an export use the live tables
 * ({@link SnapshotReads}) cannot be had, and the history at a revision is the same
 * whatever commits meanwhile.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SnapshotQueries {

	/**
	 * Jurisdiction {@code j} has a policy in force on {@code :today} that carries
	 * {@code :provision}, as Policy#isInForce has it: the condition of the exports, the
	 * jurisdiction list of the past and the map.
	 */
	public static final String PROVISION_IN_FORCE = """
			exists (select 1 from pol po join pol_prov pp on pp.policy_id = po.id
			        where po.jurisdiction_id = j.id and pp.provision = :provision and po.status = 'ENACTED'
			          and (po.effective_on is null or po.effective_on <= :today)
			          and (po.ended_on is null or po.ended_on > :today))""";

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The rows of a query over the record: today's when {@code snapshot} is null, else
	 * the snapshot's.
	 */
	public <T> List<T> query(Snapshot snapshot, String body, Map<String, ?> parameters, RowMapper<T> rows) {
		if (snapshot == null) {
			return run(ReadFrom.LIVE, body, new MapSqlParameterSource(parameters), rows);
		}
		MapSqlParameterSource at = new MapSqlParameterSource(parameters).addValue("rev", snapshot.revision());
		return run(ReadFrom.HISTORY, body, at, rows);
	}

	/**
	 * A page of the jurisdictions that match the export's filters at a snapshot (the same
	 * conditions as {@code jurisdictions.csv}, a provision in force on the snapshot's
	 * day), in the order given (an ORDER BY over {@code j}, the caller's own constant).
	 * Each row also holds {@code matching}, how many match in all.
	 */
	public <T> List<T> jurisdictions(Snapshot snapshot, ExportFilter filter, String orderBy, long offset, int limit,
			RowMapper<T> rows) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("rev", snapshot.revision())
			.addValue("today", snapshot.date())
			.addValue("offset", offset)
			.addValue("limit", limit);
		Conditions where = new Conditions(parameters, ReadFrom.HISTORY);
		ExportTables.JURISDICTIONS.filters().accept(filter.withMoments(null, null), where);
		String body = "select j.*, count(*) over () as matching from jur j " + where.where() + " order by " + orderBy
				+ " limit :limit offset :offset";
		return run(ReadFrom.HISTORY, body, parameters, rows);
	}

	private <T> List<T> run(ReadFrom source, String body, MapSqlParameterSource parameters, RowMapper<T> rows) {
		return this.jdbc.query(SnapshotSql.with(source, body) + body, parameters, rows);
	}

}
