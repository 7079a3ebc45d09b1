package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an export as RFC 4180 CSV, row by row from a database cursor, so memory stays
 * flat whatever the number of rows. Values: ISO 8601 dates and instants, plain decimals,
 * codes as they are, empty cells for unknown; text a spreadsheet would run as a formula
 * is prefixed with an apostrophe.
 */
@Component
public class CsvExporter {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

	/**
	 * Rows per round trip of the cursor. 10,000 was tried (fewer round trips on a busy
	 * machine): no clear gain, and the app's peak RSS at -Xmx512m rose from about 460 to
	 * 690 MB, over the 600 MB goal.
	 */
	private static final int FETCH_SIZE = 1000;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r]");

	private final NamedParameterJdbcTemplate jdbc;

	private final SnapshotReads reads;

	CsvExporter(DataSource dataSource, SnapshotReads reads) {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		// With a fetch size inside a transaction, PostgreSQL's driver reads through a
		// cursor.
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.reads = reads;
	}

	/**
	 * Writes the table to the stream and returns the number of rows; leaves the stream
	 * open.
	 */
	long write(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out, boolean byteOrderMark) {
		return write(table, snapshot, filter, out, byteOrderMark, false);
	}

	/** For tests: the same file read from the revision history, whatever the snapshot. */
	long writeFromHistory(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out) {
		return write(table, snapshot, filter, out, false, true);
	}

	private long write(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out,
			boolean byteOrderMark, boolean historyOnly) {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			if (byteOrderMark) {
				writer.write(BYTE_ORDER_MARK);
			}
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			printer.printRecord(table.header());
			long[] rows = { 0 };
			Function<Source, Long> read = (source) -> {
				ExportQuery query = ExportQuery.of(table, snapshot, filter, source, filter.isNarrow());
				this.jdbc.query(query.sql(), query.parameters(), (ResultSet row) -> {
					try {
						printer.printRecord(values(table.columns(), row));
						rows[0]++;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				return rows[0];
			};
			if (historyOnly) {
				this.reads.readFromHistory(snapshot, read);
			}
			else {
				this.reads.read(snapshot, read);
			}
			printer.flush();
			return rows[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> values(List<Column> columns, ResultSet row) throws SQLException {
		List<String> values = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			values.add(value(columns.get(i), row, i + 1));
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
				BigDecimal number = row.getBigDecimal(index);
				yield (number != null) ? number.toPlainString() : "";
			}
			case "date" -> {
				LocalDate date = row.getObject(index, LocalDate.class);
				yield (date != null) ? date.toString() : "";
			}
			case "datetime" -> {
				OffsetDateTime instant = row.getObject(index, OffsetDateTime.class);
				yield (instant != null) ? instant.toInstant().toString() : "";
			}
			case "boolean" -> {
				boolean flag = row.getBoolean(index);
				yield row.wasNull() ? "" : Boolean.toString(flag);
			}
			default -> {
				String text = row.getString(index);
				yield (text == null) ? "" : column.isFreeText() ? neutralise(text) : text;
			}
		};
	}

	/**
	 * A cell starting with =, +, -, @, a tab or a carriage return would run as a formula
	 * when opened in a spreadsheet; a leading apostrophe makes it plain text. Text that
	 * already starts with apostrophes before such a character gets one more, so the
	 * import (which removes exactly one) gives back the original.
	 */
	static String neutralise(String text) {
		return FORMULA.matcher(text).lookingAt() ? "'" + text : text;
	}

	/** Text an import reads back from a neutralised cell: one apostrophe less. */
	public static String restore(String cell) {
		return (cell.startsWith("'") && FORMULA.matcher(cell.substring(1)).lookingAt()) ? cell.substring(1) : cell;
	}

}
