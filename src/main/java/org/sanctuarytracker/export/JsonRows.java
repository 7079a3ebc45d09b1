package org.sanctuarytracker.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a page of an export's rows as JSON values: numbers as numbers, dates and instants
 * as ISO 8601 text, lists (provisions, source ids) as arrays, unknown as null.
 */
@Component
class JsonRows {

	private final NamedParameterJdbcTemplate jdbc;

	JsonRows(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	RowPage page(ExportTable table, Snapshot snapshot, ExportFilter filter, int page, int size) {
		ExportQuery query = ExportQuery.of(table, snapshot, filter);
		long total = this.jdbc.queryForObject(query.count().sql(), query.parameters(), Long.class);
		ExportQuery paged = query.page(page, size);
		List<Map<String, Object>> rows = this.jdbc.query(paged.sql(), paged.parameters(),
				(row, number) -> row(table.columns(), row));
		return new RowPage(rows, total);
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
