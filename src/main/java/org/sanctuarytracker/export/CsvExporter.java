package org.sanctuarytracker.export;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

	private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern
		.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

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
		RowBuffer buffer = new RowBuffer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			if (byteOrderMark) {
				buffer.append(BYTE_ORDER_MARK);
			}
			CSVPrinter printer = new CSVPrinter(buffer, FORMAT);
			printer.printRecord(table.header());
			long[] rows = { 0 };
			boolean[] freeText = freeText(table.columns());
			try (RowPipe pipe = new RowPipe("csv-" + table.name(), (cells) -> {
				for (int i = 0; i < cells.length; i++) {
					if (freeText[i]) {
						cells[i] = neutralise(cells[i]);
					}
				}
				printer.printRecord((Object[]) cells);
				buffer.endRow();
			})) {
				Function<Source, Long> read = (source) -> {
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
			printer.flush();
			return rows[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the CSV printer writes into. commons-csv appends each cell in pieces
	 * ({@code append(text, start, end)}), which a Writer serves by making a String of
	 * each piece and encoding it alone: on a million statements that was 44 % of the
	 * export's time. A StringBuilder copies the characters, and they are encoded 8 KB at
	 * a time.
	 */
	private static final class RowBuffer implements Appendable, Flushable {

		private static final int DRAIN_AT = 8192;

		private final StringBuilder chars = new StringBuilder(2 * DRAIN_AT);

		private char[] copy = new char[2 * DRAIN_AT];

		private final Writer writer;

		RowBuffer(Writer writer) {
			this.writer = writer;
		}

		@Override
		public Appendable append(CharSequence text) {
			this.chars.append(text);
			return this;
		}

		@Override
		public Appendable append(CharSequence text, int start, int end) {
			this.chars.append(text, start, end);
			return this;
		}

		@Override
		public Appendable append(char c) {
			this.chars.append(c);
			return this;
		}

		/** After each row: hands the characters on once there are enough of them. */
		void endRow() throws IOException {
			if (this.chars.length() >= DRAIN_AT) {
				drain();
			}
		}

		@Override
		public void flush() throws IOException {
			drain();
			this.writer.flush();
		}

		private void drain() throws IOException {
			int length = this.chars.length();
			if (this.copy.length < length) {
				this.copy = new char[length];
			}
			this.chars.getChars(0, length, this.copy, 0);
			this.writer.write(this.copy, 0, length);
			this.chars.setLength(0);
		}

	}

	/**
	 * A row's cells as text; free text not yet neutralised (the writing thread does it).
	 */
	private static String[] values(List<Column> columns, ResultSet row) throws SQLException {
		String[] values = new String[columns.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(columns.get(i), row, i + 1);
		}
		return values;
	}

	private static boolean[] freeText(List<Column> columns) {
		boolean[] freeText = new boolean[columns.size()];
		for (int i = 0; i < freeText.length; i++) {
			freeText[i] = columns.get(i).isFreeText();
		}
		return freeText;
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

	/**
	 * A cell starting with =, +, -, @, a tab or a carriage return would run as a formula
	 * when opened in a spreadsheet; a leading apostrophe makes it plain text. Text that
	 * already starts with apostrophes before such a character gets one more, so the
	 * import (which removes exactly one) gives back the original.
	 */
	public static String neutralise(String text) {
		return FORMULA.matcher(text).lookingAt() ? "'" + text : text;
	}

	/** Text an import reads back from a neutralised cell: one apostrophe less. */
	public static String restore(String cell) {
		return (cell.startsWith("'") && FORMULA.matcher(cell.substring(1)).lookingAt()) ? cell.substring(1) : cell;
	}

}
