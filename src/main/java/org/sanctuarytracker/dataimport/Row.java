package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVRecord;
import org.sanctuarytracker.export.CsvExporter;
import org.sanctuarytracker.system.CleanText;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.InputNotUnderstood;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.PartialDateFormatter;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One data row of an import, read column by column in the export's own formats; every
 * problem is collected with the column it concerns, so a rejected row says all that is
 * wrong with it at once.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Row {

	/** Dates are read as the forms read them, so both name an impossible day alike. */
	private static final PartialDateFormatter DATES = new PartialDateFormatter();

	private final CSVRecord record;

	private final List<RowProblem> problems = new ArrayList<>();

	/** The line in the file (the header is line 1). */
	long line() {
		return this.record.getRecordNumber() + 1;
	}

	/** Whether the row has as many cells as the header. */
	boolean isConsistent() {
		return this.record.isConsistent();
	}

	int cells() {
		return this.record.size();
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	boolean isValid() {
		return this.problems.isEmpty();
	}

	/** Refuses the row for what is wrong with one column, said by a message key. */
	void reject(String column, String key, Object... arguments) {
		this.problems.add(new RowProblem(column, key, arguments));
	}

	void reject(RowProblem problem) {
		this.problems.add(problem);
	}

	/**
	 * Whether the file has this column at all (a column it lacks leaves the value as it
	 * is).
	 */
	boolean inHeader(String column) {
		return this.record.isMapped(column);
	}

	/**
	 * A column the file does not have, on a row that updates a record (it has an id): the
	 * record keeps its value ({@link Changes}), so the column is not required.
	 */
	boolean keepsAbsent(String column) {
		return !inHeader(column) && has("id");
	}

	boolean has(String column) {
		return this.record.isMapped(column) && !this.record.get(column).isBlank();
	}

	/**
	 * Free text, with the export's formula guard undone: a cell the export wrote as "'=x"
	 * comes back as "=x", so an exported file imports unchanged.
	 */
	String text(String column) {
		if (!has(column)) {
			return null;
		}
		return CsvExporter.restore(CleanText.of(this.record.get(column)).strip());
	}

	/**
	 * A code of the column's kind; null when the cell is empty (whether a value is
	 * required is the record's form's rule: {@link FormCheck}).
	 */
	<E extends Enum<E>> E code(String column, Class<E> codes) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(codes, value);
		}
		catch (IllegalArgumentException ex) {
			reject(unknownCode(column, value, codes.getEnumConstants()));
			return null;
		}
	}

	/**
	 * A code the column does not know, with the codes it does, so the fix is in sight.
	 */
	static RowProblem unknownCode(String column, String value, Enum<?>[] known) {
		return new RowProblem(column, "import.problem.unknownCode", value,
				Arrays.stream(known).map(Enum::name).collect(Collectors.joining(", ")));
	}

	Long integer(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			reject(column, "import.problem.notWholeNumber", value);
			return null;
		}
	}

	BigDecimal decimal(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			reject(column, "import.problem.notNumber", value);
			return null;
		}
	}

	/** A number that must fit the database column: numeric(precision, scale). */
	BigDecimal decimal(String column, int precision, int scale) {
		BigDecimal value = decimal(column);
		if (value != null) {
			if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
				reject(column, "import.problem.digitsAfterPoint", String.valueOf(scale));
				return null;
			}
			if (value.precision() - value.scale() > precision - scale) {
				reject(column, "import.problem.digitsBeforePoint", String.valueOf(precision - scale));
				return null;
			}
		}
		return value;
	}

	boolean bool(String column) {
		String value = text(column);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		reject(column, "import.problem.notTrueOrFalse", value);
		return false;
	}

	LocalDate localDate(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			PartialDate date = DATES.parse(value, LocaleContextHolder.getLocale());
			if (date.precision() == DatePrecision.DAY) {
				return date.date();
			}
		}
		catch (InputNotUnderstood ex) {
			// Written right but not on the calendar: "there is no 30 February 2025".
			reject(column, ex.code(), ex.arguments());
			return null;
		}
		catch (IllegalArgumentException ex) {
			// Not a date at all; said below.
		}
		reject(column, "import.problem.notDate", value);
		return null;
	}

	/**
	 * A date with its precision column ({@code column}_precision), as the exports write
	 * them.
	 */
	PartialDate partialDate(String column) {
		LocalDate date = localDate(column);
		DatePrecision precision = code(column + "_precision", DatePrecision.class);
		if (date == null) {
			// A date given but unreadable is said once, in its own column.
			if (precision != null && !has(column)) {
				reject(column + "_precision", "import.problem.precisionWithoutDate");
			}
			return null;
		}
		if (precision == null) {
			reject(column + "_precision", "import.problem.precisionRequired");
			return null;
		}
		PartialDate partial = new PartialDate(date, precision);
		if (!partial.date().equals(date)) {
			reject(column, "import.problem.notFirstDay", precision);
		}
		return partial;
	}

	/** A semicolon-separated list of codes or ids. */
	Set<String> list(String column) {
		Set<String> values = new LinkedHashSet<>();
		String value = text(column);
		if (value != null) {
			for (String part : value.split(";")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

}
