package org.sanctuarytracker.export;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formula guard of the CSV export, without Spring: free text a spreadsheet would run
 * as a formula gets a leading apostrophe, the import takes exactly one away, so every
 * text survives the round trip; only free-text columns are guarded.
 */
class CsvExporterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1 555 0100", "-5 degrees", "@SUM(A1)", "\tindented", "\rreturn",
			"=HYPERLINK(\"https://evil.example\",\"x\")" })
	void shouldPrefixTextASpreadsheetWouldRunAsAFormula(String text) {
		assertThat(CsvExporter.neutralise(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Sanctuary city", "1+1=2", "a=b", " =1+1", "", "'quoted'", "e-mail", "\nnew line", "#REF!" })
	void shouldLeaveOtherTextAsItIs(String text) {
		assertThat(CsvExporter.neutralise(text)).isSameAs(text);
	}

	@Test
	void shouldAddOneMoreApostropheToTextThatAlreadyLooksNeutralised() {
		assertThat(CsvExporter.neutralise("'=1+1")).isEqualTo("''=1+1");
		assertThat(CsvExporter.neutralise("''-1")).isEqualTo("'''-1");
		assertThat(CsvExporter.restore("''=1+1")).isEqualTo("'=1+1");
	}

	@Test
	void shouldRemoveOnlyTheApostropheTheGuardAdded() {
		assertThat(CsvExporter.restore("'=1+1")).isEqualTo("=1+1");
		assertThat(CsvExporter.restore("'@home")).isEqualTo("@home");
		assertThat(CsvExporter.restore("'plain")).isEqualTo("'plain");
		assertThat(CsvExporter.restore("'")).isEqualTo("'");
		assertThat(CsvExporter.restore("=1+1")).isEqualTo("=1+1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "'=1+1", "''=1+1", "'", "''", "'plain", "-", "+-=@", "plain", "'\t", "" })
	void shouldGiveBackWhatItGuarded(String text) {
		assertThat(CsvExporter.restore(CsvExporter.neutralise(text))).isEqualTo(text);
	}

	@Test
	void shouldGuardOnlyFreeTextColumns() {
		assertThat(Column.text("quote", "What was said", "We welcome all").isFreeText()).isTrue();
		assertThat(Column.text("quote", "What was said", "We welcome all").asRequired().isFreeText()).isTrue();
		assertThat(Column.integer("population", "People", "715522").isFreeText()).isFalse();
		assertThat(Column.number("amount", "Dollars", "-2500000").isFreeText()).isFalse();
		assertThat(Column.date("said_on", "When", "2024-11-19").isFreeText()).isFalse();
		assertThat(Column.bool("current", "Now", "true").isFreeText()).isFalse();
		assertThat(Column.codes("precision", "How exact", org.sanctuarytracker.system.DatePrecision.class, "DAY")
			.isFreeText()).isFalse();
		assertThat(new Column("code", "string", "A code", List.of("A", "B"), "A", false).isFreeText()).isFalse();
	}

}
