package org.sanctuarytracker.export;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes an export as RFC 4180 CSV, row by row from a database cursor, so memory stays
 * flat whatever the number of rows. Values: ISO 8601 dates and instants, plain decimals,
 * codes as they are, empty cells for unknown; text a spreadsheet would run as a formula
 * is prefixed with an apostrophe.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CsvExporter {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r]");

	private final TableReader reader;

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
			boolean[] freeText = freeText(table.columns());
			long rows = this.reader.read(table, snapshot, filter, historyOnly, "csv-" + table.name(), (cells) -> {
				for (int i = 0; i < cells.length; i++) {
					if (freeText[i]) {
						cells[i] = neutralise(cells[i]);
					}
				}
				printer.printRecord((Object[]) cells);
				buffer.endRow();
			});
			printer.flush();
			return rows;
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

	private static boolean[] freeText(List<Column> columns) {
		boolean[] freeText = new boolean[columns.size()];
		for (int i = 0; i < freeText.length; i++) {
			freeText[i] = columns.get(i).isFreeText();
		}
		return freeText;
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
