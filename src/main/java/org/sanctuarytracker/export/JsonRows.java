package org.sanctuarytracker.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of an export's rows as JSON values: numbers as numbers, dates and instants
 * as ISO 8601 text, lists (provisions, source ids) as arrays, unknown as null.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JsonRows {

	/**
	 * Totals are counted exactly up to this many rows; beyond it the planner's estimate
	 * stands, flagged as such: counting a million rows would cost more than the page.
	 */
	static final long EXACT_COUNT_BOUND = 10_000;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*([0-9.eE+]+)");

	private final NamedParameterJdbcTemplate jdbc;

	private final SnapshotReads reads;

	private final Totals totals;

	/**
	 * One page: by its number, or ({@code after} not null) the rows after an id. One row
	 * more than the page is read, to tell whether another page follows; the total is
	 * counted only when that page does not already show it.
	 */
	RowPage page(ExportTable table, Snapshot snapshot, ExportFilter filter, int page, int size, Long after) {
		return this.reads.read(snapshot, (source) -> {
			ExportQuery query = ExportQuery.of(table, snapshot, filter, source, true);
			List<Map<String, Object>> rows = new ArrayList<>();
			ExportQuery paged = pageQuery(query, page, size, after);
			if (paged != null) {
				rows.addAll(
						this.jdbc.query(paged.sql(), paged.parameters(), (row, number) -> row(table.columns(), row)));
			}
			boolean more = rows.size() > size;
			if (more) {
				rows.remove(size);
			}
			Long next = (more && !rows.isEmpty()) ? (Long) rows.get(rows.size() - 1).get("id") : null;
			RowPage.Total total = (after == null && page == 1 && !more) ? new RowPage.Total(rows.size(), true)
					: this.totals.of(query, () -> count(query));
			return new RowPage(rows, total.items(), total.exact(), next);
		});
	}

	/**
	 * A page by number past the first starts at the id found by skipping ids alone, and
	 * is then read as the rows after the id before it: skipping whole rows (an offset
	 * over the full query) made page 2,000 of a million statements take 3.7 s. Null: the
	 * page is past the end.
	 */
	private ExportQuery pageQuery(ExportQuery query, int page, int size, Long after) {
		if (after != null) {
			return query.after(after, size);
		}
		if (page == 1) {
			return query.first(size);
		}
		ExportQuery startQuery = query.idAt((long) (page - 1) * size);
		List<Long> start = this.jdbc.queryForList(startQuery.sql(), startQuery.parameters(), Long.class);
		return start.isEmpty() ? null : query.after(start.get(0) - 1, size);
	}

	private RowPage.Total count(ExportQuery query) {
		ExportQuery bounded = query.countUpTo(EXACT_COUNT_BOUND);
		long counted = this.jdbc.queryForObject(bounded.sql(), bounded.parameters(), Long.class);
		if (counted <= EXACT_COUNT_BOUND) {
			return new RowPage.Total(counted, true);
		}
		String plan = this.jdbc.queryForObject("explain (format json) " + query.sql(), query.parameters(),
				String.class);
		Matcher rows = PLAN_ROWS.matcher(plan);
		long estimate = rows.find() ? (long) Double.parseDouble(rows.group(1)) : 0;
		return new RowPage.Total(Math.max(estimate, counted), false);
	}

	private static Map<String, Object> row(List<Column> columns, ResultSet row) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			values.put(column.name(), value(column, row, i + 1));
		}
		return values;
	}

	private static Object value(Column column, ResultSet row, int index) throws SQLException {
		Object value = switch (column.type()) {
			case "integer" -> {
				long number = row.getLong(index);
				yield row.wasNull() ? null : number;
			}
			case "number" -> row.getObject(index, BigDecimal.class);
			case "date" -> {
				LocalDate date = row.getObject(index, LocalDate.class);
				yield (date != null) ? date.toString() : null;
			}
			case "datetime" -> {
				OffsetDateTime instant = row.getObject(index, OffsetDateTime.class);
				yield (instant != null) ? instant.toInstant().toString() : null;
			}
			case "boolean" -> row.getObject(index, Boolean.class);
			default -> row.getString(index);
		};
		// The semicolon lists of the CSV are arrays in JSON.
		if (value instanceof String text
				&& (column.name().equals("provisions") || column.name().equals("source_ids"))) {
			List<String> parts = List.of(text.split(";"));
			return column.name().equals("source_ids") ? parts.stream().map(Long::valueOf).toList() : parts;
		}
		if (value == null && (column.name().equals("provisions") || column.name().equals("source_ids"))) {
			return List.of();
		}
		return value;
	}

}
