package org.sanctuarytracker.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BoundedCount;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The funding overview in SQL: one page of ids in the chosen order, the number of
 * matches, and the totals by program and year, each with the filters applied.
 * <p>
 * Over a million funding rows, counting every match or summing in Java would cost more
 * than the page: the count stops at {@link BoundedCount#LIMIT} (the page then says "more
 * than"), each order is read from its index (V75) and stops after the page, and the
 * totals are read from the sums the database keeps ({@code funding_total}, V76), grouped
 * there and returned for at most {@link #TOP_PROGRAMS} + 1 programs (the others as one)
 * in each fiscal year.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FundingOverview {

	/** The programs the totals and the chart name; the others are summed as one. */
	static final int TOP_PROGRAMS = 8;

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * @param total the number of matches, counted up to a bound ({@link BoundedCount})
	 */
	record Result(List<Long> ids, long total) {
	}

	Result find(FundingFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = this.jdbc.queryForObject(BoundedCount.sql("select 1 from funding_exposure f " + where), params,
				Long.class);
		FundingSort sort = filter.sortOrder();
		String from = sort.byJurisdiction() ? "funding_exposure f join jurisdiction j on j.id = f.jurisdiction_id "
				: "funding_exposure f ";
		params.addValue("limit", filter.pageSize());
		params.addValue("offset", filter.offset());
		List<Long> ids = this.jdbc.queryForList(
				"select f.id from " + from + where + " order by " + sort.orderBy() + " limit :limit offset :offset",
				params, Long.class);
		return new Result(ids, total);
	}

	/**
	 * The totals of the rows that match, from the sums the database keeps by state,
	 * program, year and status ({@code funding_total}, V76): a few thousand groups
	 * whatever the number of rows. Amounts are summed only with amounts; a row with only
	 * a share is counted, never summed.
	 */
	FundingTotals totals(FundingFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> conditions = new ArrayList<>();
		conditions.add("t.row_count <> 0");
		if (filter.state() != null) {
			conditions.add("t.state_code = :state");
			params.addValue("state", filter.state());
		}
		if (filter.program() != null) {
			conditions.add("lower(t.program) = lower(:program)");
			params.addValue("program", filter.program());
		}
		if (filter.year() != null) {
			conditions.add("t.fiscal_year = :year");
			params.addValue("year", filter.year());
		}
		if (filter.status() != null) {
			conditions.add("t.status = :status");
			params.addValue("status", filter.status().name());
		}
		return totals("""
				select t.program, nullif(t.fiscal_year, 0) as fiscal_year,
				       case when sum(t.amount_rows) > 0 then sum(t.amount_usd) end as amount,
				       sum(t.amount_rows) as amount_rows, sum(t.share_only_rows) as share_rows
				  from funding_total t where %s
				 group by t.program, t.fiscal_year""".formatted(String.join(" and ", conditions)), params);
	}

	/** The totals of one jurisdiction's rows, summed from the rows themselves. */
	FundingTotals totalsOf(long jurisdictionId) {
		MapSqlParameterSource params = new MapSqlParameterSource("jurisdictionId", jurisdictionId);
		return totals("""
				select f.program, f.fiscal_year, sum(f.amount_at_risk_usd) as amount,
				       count(f.amount_at_risk_usd) as amount_rows,
				       count(*) - count(f.amount_at_risk_usd) as share_rows
				  from funding_exposure f where f.jurisdiction_id = :jurisdictionId
				 group by f.program, f.fiscal_year""", params);
	}

	/**
	 * The groups by program and year ranked by program, the programs past
	 * {@link #TOP_PROGRAMS} as one ({@code program} null).
	 */
	private FundingTotals totals(String grouped, MapSqlParameterSource params) {
		params.addValue("top", TOP_PROGRAMS);
		String sql = """
				with g as (%s), r as (
				    select program, row_number() over (order by sum(amount) desc nulls last, program) as rank
				      from g group by program
				)
				select case when r.rank <= :top then g.program end as program, min(r.rank) as rank, g.fiscal_year,
				       sum(g.amount) as amount, sum(g.amount_rows) as amount_rows, sum(g.share_rows) as share_rows,
				       (select count(*) from r) as programs
				  from g join r on r.program = g.program
				 group by 1, g.fiscal_year
				 order by 2, 3""".formatted(grouped);
		List<Grouped> rows = this.jdbc.query(sql, params, (rs, n) -> new Grouped(rs.getString("program"),
				rs.getInt("rank"), (Integer) rs.getObject("fiscal_year"),
				new FundingTotals.Cell(rs.getBigDecimal("amount"), rs.getLong("amount_rows"), rs.getLong("share_rows")),
				rs.getInt("programs")));
		return assemble(rows);
	}

	/**
	 * The distinct programs by name, at most {@code max} + 1 (more than {@code max}: the
	 * caller offers a text field). Read by skipping through the program index from one
	 * program to the next, so it costs a probe per program, not a scan of every row.
	 */
	List<String> programs(int max) {
		String sql = """
				with recursive p(program) as (
				    (select program from funding_exposure order by program limit 1)
				    union all
				    select (select f.program from funding_exposure f where f.program > p.program order by f.program limit 1)
				      from p where p.program is not null
				)
				select program from p where program is not null limit :limit""";
		return this.jdbc.queryForList(sql, new MapSqlParameterSource("limit", max + 1), String.class);
	}

	private record Grouped(String program, int rank, Integer year, FundingTotals.Cell cell, int programs) {
	}

	private static FundingTotals assemble(List<Grouped> rows) {
		TreeSet<Integer> known = new TreeSet<>();
		boolean undated = false;
		for (Grouped row : rows) {
			if (row.year() == null) {
				undated = true;
			}
			else {
				known.add(row.year());
			}
		}
		List<Integer> years = new ArrayList<>(known);
		if (undated) {
			years.add(null);
		}
		Map<Integer, Map<Integer, FundingTotals.Cell>> byRank = new LinkedHashMap<>();
		Map<Integer, String> names = new LinkedHashMap<>();
		int programs = 0;
		for (Grouped row : rows) {
			byRank.computeIfAbsent(row.rank(), (rank) -> new LinkedHashMap<>()).put(row.year(), row.cell());
			names.put(row.rank(), row.program());
			programs = row.programs();
		}
		List<FundingTotals.ProgramRow> programRows = new ArrayList<>();
		List<FundingTotals.Cell> yearTotals = new ArrayList<>();
		years.forEach((year) -> yearTotals.add(FundingTotals.Cell.NONE));
		FundingTotals.Cell total = FundingTotals.Cell.NONE;
		for (Map.Entry<Integer, Map<Integer, FundingTotals.Cell>> program : byRank.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.toList()) {
			List<FundingTotals.Cell> cells = new ArrayList<>();
			FundingTotals.Cell programTotal = FundingTotals.Cell.NONE;
			for (int i = 0; i < years.size(); i++) {
				FundingTotals.Cell cell = program.getValue().getOrDefault(years.get(i), FundingTotals.Cell.NONE);
				cells.add(cell);
				programTotal = programTotal.plus(cell);
				yearTotals.set(i, yearTotals.get(i).plus(cell));
			}
			total = total.plus(programTotal);
			programRows
				.add(new FundingTotals.ProgramRow(names.get(program.getKey()), List.copyOf(cells), programTotal));
		}
		return new FundingTotals(years, List.copyOf(programRows), List.copyOf(yearTotals), total,
				Math.max(programs - TOP_PROGRAMS, 0));
	}

	private static String where(FundingFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (filter.state() != null) {
			conditions.add("f.jurisdiction_id in (select id from jurisdiction where state_code = :state)");
			params.addValue("state", filter.state());
		}
		if (filter.program() != null) {
			// The expression of the program_lower index (V75): programs are typed by
			// hand, and "byrne jag" means "Byrne JAG".
			conditions.add("lower(f.program) = lower(:program)");
			params.addValue("program", filter.program());
		}
		if (filter.year() != null) {
			conditions.add("f.fiscal_year = :year");
			params.addValue("year", filter.year());
		}
		if (filter.status() != null) {
			conditions.add("f.status = :status");
			params.addValue("status", filter.status().name());
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
	}

}
