package org.sanctuarytracker.statement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statement search in SQL: PostgreSQL full-text search ({@code websearch_to_tsquery}
 * against the GIN-indexed {@code search_vector}) with the filters, returning one page of
 * ids in rank order and the total.
 */
@Component
class StatementSearch {

	private static final String TSQUERY = "websearch_to_tsquery('english', :q)";

	/**
	 * When a statement stands: the date said or, when the source does not say, the
	 * source's date, each with its precision.
	 */
	static final String SAID_ON = "coalesce(s.stated_on, (select published_on from source where id = s.source_id))";

	static final String SAID_ON_PRECISION = "coalesce(s.stated_on_precision, (select published_on_precision from source where id = s.source_id))";

	private final NamedParameterJdbcTemplate jdbc;

	StatementSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Result(List<Long> ids, long total) {
	}

	Result find(StatementFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = this.jdbc.queryForObject("select count(*) from statement s " + where, params, Long.class);
		String order = (filter.q() != null) ? "ts_rank(s.search_vector, " + TSQUERY + ") desc, " : "";
		params.addValue("limit", filter.pageSize());
		params.addValue("offset", (long) (filter.pageNumber() - 1) * filter.pageSize());
		List<Long> ids = this.jdbc.queryForList("select s.id from statement s " + where + " order by " + order + SAID_ON
				+ " desc nulls last, s.id desc limit :limit offset :offset", params, Long.class);
		return new Result(ids, total);
	}

	private static String where(StatementFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (filter.q() != null) {
			conditions.add("s.search_vector @@ " + TSQUERY);
			params.addValue("q", filter.q());
		}
		if (filter.stance() != null) {
			conditions.add("s.stance = :stance");
			params.addValue("stance", filter.stance().name());
		}
		if (filter.jurisdiction() != null) {
			conditions.add("s.jurisdiction_id = (select id from jurisdiction where slug = :jurisdiction)");
			params.addValue("jurisdiction", filter.jurisdiction());
		}
		if (filter.person() != null) {
			conditions.add("s.person_id = (select id from person where slug = :person)");
			params.addValue("person", filter.person());
		}
		// A statement dated only to its month or year matches any range that touches that
		// period.
		if (filter.from() != null) {
			conditions.add("(case " + SAID_ON_PRECISION + " when 'YEAR' then " + SAID_ON
					+ " + interval '1 year' when 'MONTH' then " + SAID_ON + " + interval '1 month' else " + SAID_ON
					+ " + 1 end) > :from");
			params.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add(SAID_ON + " <= :to");
			params.addValue("to", filter.to());
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
	}

}
