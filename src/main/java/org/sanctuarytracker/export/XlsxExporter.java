package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Writes tables as an Excel workbook (.xlsx) that opens right in a spreadsheet: one sheet
 * per table with its header row frozen and filterable, then the data dictionary and what
 * the file is. Codes and identifiers (GEOID, OCD id, slugs) are text, so 06037 stays
 * 06037; dates are dates shown at their precision (a MONTH date as 2025-06, a YEAR date
 * as 2025), their precision column beside them; instants are UTC date-times; money is a
 * number with cents; counts are numbers. The rows and values are the CSV's, read through
 * the same {@link TableReader}.
 * <p>
 * The workbook streams as the CSV does: fastexcel writes each sheet's rows into the zip
 * as they come, so memory stays flat and the first bytes leave at once (a million
 * statements take about 40 s to write; a spooled file would keep a proxy waiting all that
 * time).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class XlsxExporter {

	/** Excel's rows per sheet; a longer table continues on a sheet "name (2)". */
	static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS;

	/** Excel's most characters in a cell. */
	static final int MOST_CHARACTERS = 32_767;

	private static final int FLUSH_EVERY = 1000;

	private static final String TRUNCATED = " […]";

	private final TableReader reader;

	/** One table, through the filter, with its dictionary. */
	void write(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out) {
		write(List.of(table), snapshot, filter, out);
	}

	/**
	 * Several tables (the whole dataset), each on its own sheets, with the dictionary.
	 */
	void write(List<ExportTable> tables, Snapshot snapshot, ExportFilter filter, OutputStream out) {
		try {
			// The workbook closes its stream when it finishes; the response is not its
			// own.
			Workbook workbook = new Workbook(new Unclosable(out), "Sanctuary-policy tracker", "1.0");
			for (ExportTable table : tables) {
				new TableSheets(workbook, table).write(snapshot, filter);
			}
			dictionary(workbook.newWorksheet("dictionary"), tables);
			about(workbook.newWorksheet("about"), snapshot);
			workbook.finish();
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A table's rows on one sheet, or several when it has more than a sheet holds. */
	private final class TableSheets {

		private final Workbook workbook;

		private final ExportTable table;

		private final Cell[] cells;

		private Worksheet sheet;

		private int sheets;

		private int row;

		TableSheets(Workbook workbook, ExportTable table) {
			this.workbook = workbook;
			this.table = table;
			List<Column> columns = table.columns();
			this.cells = new Cell[columns.size()];
			for (int i = 0; i < this.cells.length; i++) {
				this.cells[i] = Cell.of(columns.get(i), table.header().indexOf(columns.get(i).name() + "_precision"));
			}
		}

		void write(Snapshot snapshot, ExportFilter filter) throws IOException {
			newSheet();
			// The reader's own thread writes the rows; this one reads them.
			XlsxExporter.this.reader.read(this.table, snapshot, filter, false, "xlsx-" + this.table.name(),
					(values) -> {
						if (this.row == ROWS_PER_SHEET) {
							finishSheet();
							newSheet();
						}
						for (int i = 0; i < values.length; i++) {
							if (!values[i].isEmpty()) {
								this.cells[i].write(this.sheet, this.row, i, values[i], values);
							}
						}
						this.row++;
						if (this.row % FLUSH_EVERY == 0) {
							this.sheet.flush();
						}
					});
			finishSheet();
		}

		private void newSheet() {
			this.sheets++;
			this.sheet = this.workbook
				.newWorksheet((this.sheets == 1) ? this.table.name() : this.table.name() + " (" + this.sheets + ")");
			header(this.sheet, this.table.header());
			for (int i = 0; i < this.cells.length; i++) {
				this.sheet.width(i, this.cells[i].width());
			}
			this.row = 1;
		}

		private void finishSheet() throws IOException {
			this.sheet.setAutoFilter(0, 0, this.cells.length - 1);
			this.sheet.finish();
		}

	}

	/** How a column's values become cells. */
	private record Cell(Kind kind, String format, int precisionColumn, double width) {

		enum Kind {

			TEXT, INTEGER, NUMBER, DATE, INSTANT, BOOLEAN

		}

		static Cell of(Column column, int precisionColumn) {
			String name = column.name();
			return switch (column.type()) {
				case "integer" -> new Cell(Kind.INTEGER, null, -1, 12);
				case "number" -> new Cell(Kind.NUMBER,
						name.endsWith("_usd") ? "#,##0.00" : name.endsWith("_pct") ? "0.00" : null, -1, 16);
				case "date" -> new Cell(Kind.DATE, "yyyy-mm-dd", precisionColumn, 12);
				case "datetime" -> new Cell(Kind.INSTANT, "yyyy-mm-dd hh:mm:ss", -1, 20);
				case "boolean" -> new Cell(Kind.BOOLEAN, null, -1, 10);
				default -> new Cell(Kind.TEXT, null, -1, column.isFreeText() ? 40 : Math.max(12, name.length() + 2));
			};
		}

		void write(Worksheet sheet, int row, int column, String value, String[] values) {
			switch (this.kind) {
				case INTEGER -> sheet.value(row, column, Long.parseLong(value));
				case NUMBER -> {
					sheet.value(row, column, new BigDecimal(value));
					if (this.format != null) {
						sheet.style(row, column).format(this.format).set();
					}
				}
				case DATE -> {
					sheet.value(row, column, LocalDate.parse(value));
					sheet.style(row, column).format(dateFormat(values)).set();
				}
				case INSTANT -> {
					sheet.value(row, column, LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC));
					sheet.style(row, column).format(this.format).set();
				}
				case BOOLEAN -> sheet.value(row, column, Boolean.valueOf(value));
				// Inline strings, not the shared-strings table a workbook keeps in
				// memory; a spreadsheet never runs them as formulas.
				case TEXT -> sheet.inlineString(row, column, (value.length() <= MOST_CHARACTERS) ? value
						: value.substring(0, MOST_CHARACTERS - TRUNCATED.length()) + TRUNCATED);
			}
		}

		/** A date shown at its precision: never a day the source did not give. */
		private String dateFormat(String[] values) {
			String precision = (this.precisionColumn >= 0) ? values[this.precisionColumn] : "DAY";
			return switch (precision) {
				case "YEAR" -> "yyyy";
				case "MONTH" -> "yyyy-mm";
				default -> this.format;
			};
		}

	}

	private static void header(Worksheet sheet, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			sheet.inlineString(0, i, names.get(i));
			sheet.style(0, i).bold().set();
		}
		sheet.freezePane(0, 1);
	}

	private static void dictionary(Worksheet sheet, List<ExportTable> tables) throws IOException {
		header(sheet, List.of("table", "column", "type", "required", "unique", "meaning", "allowed values", "example"));
		double[] widths = { 18, 24, 10, 10, 8, 80, 40, 30 };
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i, widths[i]);
		}
		int row = 1;
		for (ExportTable table : tables) {
			for (Column column : table.columns()) {
				sheet.inlineString(row, 0, table.name());
				sheet.inlineString(row, 1, column.name());
				sheet.inlineString(row, 2, column.type());
				sheet.value(row, 3, column.required());
				sheet.value(row, 4, column.unique());
				sheet.inlineString(row, 5, column.description());
				sheet.inlineString(row, 6, String.join(", ", column.allowed()));
				sheet.inlineString(row, 7, column.example());
				row++;
			}
		}
		sheet.setAutoFilter(0, 0, widths.length - 1);
		sheet.finish();
	}

	private static void about(Worksheet sheet, Snapshot snapshot) throws IOException {
		sheet.width(0, 120);
		String[] lines = { "Sanctuary-policy tracker",
				"The data as it stood at " + snapshot.instant() + " (revision " + snapshot.revision() + ").",
				"One sheet per table (a table longer than a sheet continues on \"name (2)\"), then this dictionary of "
						+ "every column.",
				"Codes and identifiers are text (a GEOID keeps its leading zeros). Dates are dates shown at their "
						+ "precision, which the *_precision column beside each states (DAY, MONTH or YEAR: a MONTH date "
						+ "is its month's first day, a YEAR date 1 January). Instants are in UTC. Money is in US dollars.",
				"Text longer than a cell holds (" + MOST_CHARACTERS + " characters) ends with " + TRUNCATED.strip()
						+ "; the CSV download has it whole.",
				"Cite the tracker with the snapshot above, and the sources each fact links to (sheet sources, "
						+ "linked by citations)." };
		for (int i = 0; i < lines.length; i++) {
			sheet.inlineString(i, 0, lines[i]);
		}
		sheet.style(0, 0).bold().set();
		sheet.finish();
	}

}
