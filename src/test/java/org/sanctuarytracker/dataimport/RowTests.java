package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.system.DatePrecision;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One import row read cell by cell, without Spring: each reader gives the value in the
 * export's format or null, and refuses what it cannot read with the column and a message
 * key, collecting every problem of the row rather than stopping at the first.
 */
class RowTests {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@BeforeEach
	void readInEnglish() {
		LocaleContextHolder.setLocale(Locale.US);
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** The first data row of a file with this header and row. */
	private static Row row(String header, String line) {
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(header + "\r\n" + line + "\r\n"))
			.setFormat(FORMAT)
			.get()) {
			List<CSVRecord> records = parser.getRecords();
			return new Row(records.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The problems as "column key arguments", comparable (RowProblem holds an array). */
	private static List<String> problems(Row row) {
		return row.problems()
			.stream()
			.map((problem) -> problem.column() + " " + problem.key() + " " + Arrays.toString(problem.arguments()))
			.toList();
	}

	@Test
	void shouldCountLinesFromTheHeaderAndCompareCellsWithIt() {
		Row row = row("name,slug", "Denver,denver");
		assertThat(row.line()).isEqualTo(2);
		assertThat(row.cells()).isEqualTo(2);
		assertThat(row.isConsistent()).isTrue();
		Row short_ = row("name,slug,kind", "Denver,denver");
		assertThat(short_.isConsistent()).isFalse();
		assertThat(short_.cells()).isEqualTo(2);
	}

	@Test
	void shouldReadTextStrippedCleanedAndWithTheFormulaGuardUndone() {
		Row row = row("title,quote,note,empty", "  Sanctuary \u0007city  ,'=1+1 is two,'plain,\"  \"");
		assertThat(row.text("title")).isEqualTo("Sanctuary city");
		assertThat(row.text("quote")).isEqualTo("=1+1 is two");
		assertThat(row.text("note")).isEqualTo("'plain");
		assertThat(row.text("empty")).isNull();
		assertThat(row.text("not_in_the_file")).isNull();
		assertThat(row.isValid()).isTrue();
	}

	@Test
	void shouldKeepTheValueOfAColumnOnlyAnUpdateLeavesOut() {
		Row updated = row("id,slug", "7,denver");
		assertThat(updated.keepsAbsent("name")).isTrue();
		assertThat(updated.keepsAbsent("slug")).isFalse();
		// A new record (no id) keeps nothing: what it lacks, its form refuses.
		assertThat(row("name,slug", ",denver").keepsAbsent("summary")).isFalse();
	}

	@Test
	void shouldReadCodesAndNameTheKnownOnesForAnUnknownCode() {
		Row row = row("precision,other,blank", "MONTH,WEEK,");
		assertThat(row.code("precision", DatePrecision.class)).isEqualTo(DatePrecision.MONTH);
		assertThat(row.code("other", DatePrecision.class)).isNull();
		assertThat(row.code("blank", DatePrecision.class)).isNull();
		assertThat(problems(row)).containsExactly("other import.problem.unknownCode [WEEK, DAY, MONTH, YEAR]");
	}

	@Test
	void shouldReadWholeNumbersAndDecimals() {
		Row row = row("population,amount,words,fraction", "715522,2500000.50,many,1.5");
		assertThat(row.integer("population")).isEqualTo(715_522L);
		assertThat(row.decimal("amount")).isEqualByComparingTo("2500000.50");
		assertThat(row.integer("words")).isNull();
		assertThat(row.decimal("words")).isNull();
		assertThat(row.integer("fraction")).isNull();
		assertThat(problems(row)).containsExactly("words import.problem.notWholeNumber [many]",
				"words import.problem.notNumber [many]", "fraction import.problem.notWholeNumber [1.5]");
	}

	@Test
	void shouldRefuseANumberThatDoesNotFitTheColumn() {
		Row row = row("fits,zeros,cents,millions", "12345.67,1.2300,1.234,123456.7");
		assertThat(row.decimal("fits", 7, 2)).isEqualByComparingTo(new BigDecimal("12345.67"));
		// Trailing zeros beyond the scale are no digits of the amount.
		assertThat(row.decimal("zeros", 7, 2)).isEqualByComparingTo(new BigDecimal("1.23"));
		assertThat(row.decimal("cents", 7, 2)).isNull();
		assertThat(row.decimal("millions", 7, 2)).isNull();
		assertThat(problems(row)).containsExactly("cents import.problem.digitsAfterPoint [2]",
				"millions import.problem.digitsBeforePoint [5]");
	}

	@Test
	void shouldReadOnlyTrueAndFalseAsBooleans() {
		Row row = row("yes,no,blank,other", "true,false,,TRUE");
		assertThat(row.bool("yes")).isTrue();
		assertThat(row.bool("no")).isFalse();
		assertThat(row.bool("blank")).isFalse();
		assertThat(row.bool("other")).isFalse();
		assertThat(problems(row)).containsExactly("other import.problem.notTrueOrFalse [TRUE]");
	}

	@Test
	void shouldReadADayAndTellANonDayFromADayNotOnTheCalendar() {
		Row row = row("said_on,impossible,month,garbage", "2024-11-19,2025-02-30,2024-11,soon");
		assertThat(row.localDate("said_on")).isEqualTo(LocalDate.of(2024, 11, 19));
		assertThat(row.localDate("impossible")).isNull();
		assertThat(row.localDate("month")).isNull();
		assertThat(row.localDate("garbage")).isNull();
		assertThat(problems(row)).containsExactly("impossible date.noSuchDay [30, February, 2025]",
				"month import.problem.notDate [2024-11]", "garbage import.problem.notDate [soon]");
	}

	@Test
	void shouldReadADateWithItsPrecision() {
		Row row = row("adopted_on,adopted_on_precision", "2024-11-01,MONTH");
		assertThat(row.partialDate("adopted_on")).isEqualTo(PartialDate.month(2024, 11));
		assertThat(row.isValid()).isTrue();
	}

	@Test
	void shouldRefuseAPeriodNotWrittenAsItsFirstDay() {
		Row row = row("adopted_on,adopted_on_precision", "2024-11-19,YEAR");
		assertThat(row.partialDate("adopted_on")).isEqualTo(PartialDate.year(2024));
		assertThat(problems(row)).containsExactly("adopted_on import.problem.notFirstDay [YEAR]");
	}

	@Test
	void shouldRefuseADateWithoutPrecisionAndAPrecisionWithoutDate() {
		Row noPrecision = row("adopted_on,adopted_on_precision", "2024-11-19,");
		assertThat(noPrecision.partialDate("adopted_on")).isNull();
		assertThat(problems(noPrecision)).containsExactly("adopted_on_precision import.problem.precisionRequired []");

		Row noDate = row("adopted_on,adopted_on_precision", ",DAY");
		assertThat(noDate.partialDate("adopted_on")).isNull();
		assertThat(problems(noDate)).containsExactly("adopted_on_precision import.problem.precisionWithoutDate []");

		// No date at all is no problem of the cells (whether one is needed is the
		// form's).
		Row none = row("adopted_on,adopted_on_precision", ",");
		assertThat(none.partialDate("adopted_on")).isNull();
		assertThat(none.isValid()).isTrue();
	}

	@Test
	void shouldSayAnUnreadableDateOnceInItsOwnColumn() {
		Row row = row("adopted_on,adopted_on_precision", "2025-02-30,DAY");
		assertThat(row.partialDate("adopted_on")).isNull();
		assertThat(problems(row)).containsExactly("adopted_on date.noSuchDay [30, February, 2025]");
	}

	@Test
	void shouldSplitAListOnSemicolonsKeepingTheFirstOfEachInOrder() {
		Row row = row("provisions,none", "\"DETAINERS; ;NOTIFICATION;DETAINERS;  ACCESS \",");
		assertThat(row.list("provisions")).containsExactly("DETAINERS", "NOTIFICATION", "ACCESS");
		assertThat(row.list("none")).isEmpty();
		assertThat(row.list("not_in_the_file")).isEmpty();
	}

	@Test
	void shouldCollectEveryProblemOfTheRow() {
		Row row = row("population,flag", "many,maybe");
		row.integer("population");
		row.bool("flag");
		row.reject(RowProblem.ofRow("import.problem.duplicate", "denver"));
		assertThat(row.isValid()).isFalse();
		assertThat(problems(row)).containsExactly("population import.problem.notWholeNumber [many]",
				"flag import.problem.notTrueOrFalse [maybe]", "null import.problem.duplicate [denver]");
	}

}
