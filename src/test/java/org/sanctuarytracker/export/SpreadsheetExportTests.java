package org.sanctuarytracker.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * The .xlsx downloads as a spreadsheet opens them, read back with Apache POI (not the
 * writer's library) and its Excel-like cell formatting: the CSV's rows and values in
 * typed cells, codes such as GEOIDs as text with their leading zeros, dates at their
 * precision, money with cents, the header frozen, the data dictionary beside.
 */
@TrackerTest
class SpreadsheetExportTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DataFormatter shown = new DataFormatter();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldKeepAGeoidsLeadingZerosAsTextUnderAFrozenHeader() throws IOException {
		String slug = this.jdbc.queryForObject("select slug from jurisdiction where geoid = '06037'", String.class);
		MvcTestResult result = download(this.mvc, "/export/jurisdictions.xlsx?state=CA");
		assertThat(result).hasStatusOk().hasContentType(XLSX);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"jurisdictions-state-ca-")
			.endsWith(".xlsx\"");
		try (XSSFWorkbook workbook = open(result)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("jurisdictions");
			assertThat(header(sheet)).containsExactlyElementsOf(ExportTables.named("jurisdictions").header());
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			Row county = rowWhere(sheet, "slug", slug);
			Cell geoid = county.getCell(header(sheet).indexOf("geoid"));
			assertThat(geoid.getCellType()).isEqualTo(CellType.STRING);
			assertThat(this.shown.formatCellValue(geoid)).isEqualTo("06037");
			Cell id = county.getCell(header(sheet).indexOf("id"));
			assertThat(id.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(workbook.getSheet("dictionary")).isNotNull();
			assertThat(this.shown.formatCellValue(workbook.getSheet("about").getRow(1).getCell(0)))
				.contains("revision " + result.getResponse().getHeader("X-Snapshot-Revision"));
		}
	}

	@Test
	void shouldShowADateAtItsPrecisionAndMoneyWithCents() throws IOException {
		var monthPolicy = this.jdbc.queryForMap("""
				select id, adopted_on from policy where adopted_on_precision = 'MONTH' order by id limit 1""");
		var yearPolicy = this.jdbc.queryForList("""
				select id, adopted_on from policy where adopted_on_precision = 'YEAR' order by id limit 1""");
		try (XSSFWorkbook workbook = open(download(this.mvc, "/export/policies.xlsx"))) {
			Sheet sheet = workbook.getSheet("policies");
			Cell month = rowWhere(sheet, "id", monthPolicy.get("id").toString())
				.getCell(header(sheet).indexOf("adopted_on"));
			assertThat(DateUtil.isCellDateFormatted(month)).isTrue();
			LocalDate adopted = ((java.sql.Date) monthPolicy.get("adopted_on")).toLocalDate();
			assertThat(month.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(adopted);
			assertThat(this.shown.formatCellValue(month)).isEqualTo(adopted.toString().substring(0, 7));
			var fund = this.jdbc
				.queryForMap("select id, amount_usd from policy where amount_usd is not null order by id limit 1");
			Cell amount = rowWhere(sheet, "id", fund.get("id").toString()).getCell(header(sheet).indexOf("amount_usd"));
			assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(amount.getNumericCellValue()))
				.isEqualByComparingTo((BigDecimal) fund.get("amount_usd"));
			assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(this.shown.formatCellValue(amount)).matches("[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");
			for (var year : yearPolicy) {
				Cell cell = rowWhere(sheet, "id", year.get("id").toString())
					.getCell(header(sheet).indexOf("adopted_on"));
				assertThat(this.shown.formatCellValue(cell))
					.isEqualTo(String.valueOf(((java.sql.Date) year.get("adopted_on")).toLocalDate().getYear()));
			}
		}
	}

	/**
	 * Every table of the dataset's workbook holds the CSV's rows, value for value, in
	 * typed cells; the dictionary sheet lists every column of every table.
	 */
	@Test
	void shouldHoldEveryTablesCsvRowsInTheDatasetWorkbook() throws IOException {
		MvcTestResult result = download(this.mvc, "/export/dataset.xlsx");
		assertThat(result).hasStatusOk().hasContentType(XLSX);
		String asOf = result.getResponse().getHeader("X-Snapshot-As-Of");
		try (XSSFWorkbook workbook = open(result)) {
			int columns = 0;
			for (ExportTable table : ExportTables.ALL) {
				Csv csv = csv(text(download(this.mvc, "/export/" + table.fileName() + "?as_of=" + asOf)));
				Sheet sheet = workbook.getSheet(table.name());
				assertThat(sheet).as(table.name()).isNotNull();
				assertThat(header(sheet)).as(table.name()).containsExactlyElementsOf(table.header());
				assertThat(sheet.getLastRowNum()).as(table.name() + " rows").isEqualTo(csv.records().size());
				for (int r = 0; r < csv.records().size(); r++) {
					CSVRecord record = csv.records().get(r);
					Row row = sheet.getRow(r + 1);
					for (int c = 0; c < table.columns().size(); c++) {
						assertSame(table, table.columns().get(c), record.get(c), row.getCell(c));
					}
				}
				columns += table.columns().size();
			}
			assertThat(workbook.getSheet("dictionary").getLastRowNum()).isEqualTo(columns);
		}
	}

	@Test
	void shouldFilterASpreadsheetAsItsCsvAndRefuseAnUnknownTable() throws IOException {
		String asOf = download(this.mvc, "/export/statements.csv").getResponse().getHeader("X-Snapshot-As-Of");
		Csv csv = csv(text(download(this.mvc, "/export/statements.csv?jurisdiction=chicago-il&as_of=" + asOf)));
		assertThat(csv.records()).isNotEmpty();
		try (XSSFWorkbook workbook = open(
				download(this.mvc, "/export/statements.xlsx?jurisdiction=chicago-il&as_of=" + asOf))) {
			assertThat(workbook.getSheet("statements").getLastRowNum()).isEqualTo(csv.records().size());
		}
		assertThat(this.mvc.get().uri("/export/nothing.xlsx")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/export/statements.xlsx?as_of=yesterday")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldOfferEachTableAndTheDatasetAsASpreadsheetOnTheExportPage() throws IOException {
		assertThat(text(this.mvc.get().uri("/export").exchange())).contains("href=\"/export/dataset.xlsx\"")
			.contains("href=\"/export/statements.xlsx\"")
			.contains("href=\"/export/jurisdictions.xlsx\"");
		assertThat(text(this.mvc.get().uri("/export?table=statements&jurisdiction=chicago-il").exchange()))
			.contains("/export/statements.xlsx?jurisdiction=chicago-il\"");
	}

	private void assertSame(ExportTable table, Column column, String csvValue, Cell cell) {
		String where = table.name() + "." + column.name() + " = " + csvValue;
		if (csvValue.isEmpty()) {
			assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
			return;
		}
		switch (column.type()) {
			case "integer" ->
				assertThat((long) cell.getNumericCellValue()).as(where).isEqualTo(Long.parseLong(csvValue));
			case "number" -> assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(where)
				.isEqualByComparingTo(new BigDecimal(csvValue));
			case "date" -> assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where)
				.isEqualTo(LocalDate.parse(csvValue));
			case "datetime" -> assertThat(Duration
				.between(Instant.parse(csvValue), cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC))
				.abs()).as(where).isLessThan(Duration.ofSeconds(1));
			case "boolean" ->
				assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(Boolean.parseBoolean(csvValue));
			default -> {
				assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
				// The CSV guards formula-like text with an apostrophe; a text cell needs
				// none.
				assertThat(cell.getStringCellValue()).as(where).isEqualTo(CsvExporter.restore(csvValue));
			}
		}
	}

	private static XSSFWorkbook open(MvcTestResult result) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes(result)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> header(Sheet sheet) {
		Row header = sheet.getRow(0);
		List<String> names = new ArrayList<>();
		for (int c = 0; c < header.getLastCellNum(); c++) {
			names.add(header.getCell(c).getStringCellValue());
		}
		return names;
	}

	private Row rowWhere(Sheet sheet, String column, String value) {
		int index = header(sheet).indexOf(column);
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (value.equals(this.shown.formatCellValue(sheet.getRow(r).getCell(index)))) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row with " + column + " = " + value + " in " + sheet.getSheetName());
	}

}
