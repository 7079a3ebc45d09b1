package org.sanctuarytracker.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an export's rows from a database cursor as the text the CSV holds (ISO 8601 dates
 * and instants, plain decimals, codes as they are, empty for unknown) and hands them,
 * through a {@link RowPipe}, to a writer on a thread of its own. Every download format
 * reads through here, so a spreadsheet holds exactly the rows and values of the CSV.
 */
@Component
class TableReader {

	/**
	 * Rows per round trip of the cursor. 10,000 was tried (fewer round trips on a busy
	 * machine): no clear gain, and the app's peak RSS at -Xmx512m rose from about 460 to
	 * 690 MB, over the 600 MB goal.
	 */
	private static final int FETCH_SIZE = 1000;

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

	private final NamedParameterJdbcTemplate jdbc;

	private final SnapshotReads reads;

	TableReader(DataSource dataSource, SnapshotReads reads) {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		// With a fetch size inside a transaction, PostgreSQL's driver reads through a
		// cursor.
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.reads = reads;
	}

	/**
	 * Reads the table's rows at the snapshot, through the filter, and returns how many
	 * the writer was given once it has written them all.
	 * @param historyOnly for tests: read the revision history even when the live tables
	 * would do
	 */
	long read(ExportTable table, Snapshot snapshot, ExportFilter filter, boolean historyOnly, String writerName,
			RowPipe.RowWriter writer) {
		long[] rows = { 0 };
		try (RowPipe pipe = new RowPipe(writerName, writer)) {
			Function<ReadFrom, Long> read = (source) -> {
				ExportQuery query = ExportQuery.of(table, snapshot, filter, source, filter.isNarrow());
				this.jdbc.query(query.sql(), query.parameters(), (ResultSet row) -> {
					pipe.put(values(table.columns(), row));
					rows[0]++;
				});
				return rows[0];
			};
			if (historyOnly) {
				this.reads.readFromHistory(snapshot, read);
			}
			else {
				this.reads.read(snapshot, read);
			}
			pipe.finish();
		}
		return rows[0];
	}

	private static String[] values(List<Column> columns, ResultSet row) throws SQLException {
		String[] values = new String[columns.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(columns.get(i), row, i + 1);
		}
		return values;
	}

	private static String value(Column column, ResultSet row, int index) throws SQLException {
		return switch (column.type()) {
			case "integer" -> {
				long number = row.getLong(index);
				yield row.wasNull() ? "" : Long.toString(number);
			}
			case "number" -> {
				// PostgreSQL writes a numeric as toPlainString() would; other text is
				// read as a number.
				String text = row.getString(index);
				yield (text == null) ? ""
						: PLAIN_DECIMAL.matcher(text).matches() ? text : row.getBigDecimal(index).toPlainString();
			}
			case "date" -> {
				LocalDate date = row.getObject(index, LocalDate.class);
				yield (date != null) ? date.toString() : "";
			}
			case "datetime" -> {
				String text = row.getString(index);
				String iso = (text != null) ? IsoInstants.fromUtcText(text) : "";
				yield (iso != null) ? iso : row.getObject(index, OffsetDateTime.class).toInstant().toString();
			}
			case "boolean" -> {
				boolean flag = row.getBoolean(index);
				yield row.wasNull() ? "" : Boolean.toString(flag);
			}
			default -> {
				String text = row.getString(index);
				yield (text == null) ? "" : text;
			}
		};
	}

}
