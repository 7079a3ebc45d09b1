package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as CSV: UTF-8 (a byte-order mark is allowed), a header row, at
 * least one data row. Anything else is refused with a {@link FileProblem} before a single
 * row is looked at.
 */
final class CsvFile {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final List<String> header;

	private final List<CSVRecord> records;

	private CsvFile(List<String> header, List<CSVRecord> records) {
		this.header = header;
		this.records = records;
	}

	static CsvFile read(byte[] bytes) {
		if (bytes.length == 0) {
			throw new FileProblem("import.file.empty");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new FileProblem("import.file.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// Binary files (a spreadsheet, a PDF, a zip) are not CSV, even when they decode.
		if (text.indexOf('\u0000') >= 0) {
			throw new FileProblem("import.file.notCsv");
		}
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames();
			List<CSVRecord> records = parser.getRecords();
			if (header.isEmpty()) {
				throw new FileProblem("import.file.empty");
			}
			if (records.isEmpty()) {
				throw new FileProblem("import.file.noRows");
			}
			return new CsvFile(header, records);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new FileProblem("import.file.notCsv");
		}
		catch (IOException ex) {
			throw new FileProblem("import.file.notCsv");
		}
	}

	List<String> header() {
		return this.header;
	}

	List<CSVRecord> records() {
		return this.records;
	}

}
