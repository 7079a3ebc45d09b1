package org.sanctuarytracker.dataimport;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded file read as CSV: UTF-8 (a byte-order mark is allowed), a header row, at
 * least one data row. Anything else is refused with a {@link FileProblem}. The file is
 * read as a stream, one record at a time, so a file of any size costs the memory of one
 * record: a problem further down (a byte that is not UTF-8, an unterminated quote) is
 * reported when the reading reaches it, and the import it belongs to writes nothing.
 */
final class CsvFile implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final CSVParser parser;

	private final List<String> header;

	private final Iterator<CSVRecord> records;

	private CsvFile(CSVParser parser) {
		this.parser = parser;
		this.header = parser.getHeaderNames();
		this.records = parser.iterator();
	}

	static CsvFile open(InputStream stream) {
		BufferedInputStream bytes = new BufferedInputStream(stream);
		try {
			bytes.mark(1);
			if (bytes.read() < 0) {
				throw new FileProblem("import.file.empty");
			}
			bytes.reset();
			CsvFile file = new CsvFile(CSVParser.builder().setReader(text(bytes)).setFormat(FORMAT).get());
			if (file.header.isEmpty()) {
				throw new FileProblem("import.file.empty");
			}
			if (!file.hasNext()) {
				throw new FileProblem("import.file.noRows");
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			throw problem(ex);
		}
	}

	List<String> header() {
		return this.header;
	}

	boolean hasNext() {
		try {
			return this.records.hasNext();
		}
		catch (RuntimeException ex) {
			throw problem(ex);
		}
	}

	CSVRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		try {
			return this.records.next();
		}
		catch (RuntimeException ex) {
			throw problem(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			// Only the upload's stream is left to close; nothing was lost.
		}
	}

	/**
	 * UTF-8 that refuses malformed bytes, without a byte-order mark, refusing NUL
	 * characters: binary files (a spreadsheet, a PDF, a zip) are not CSV, even when they
	 * decode.
	 */
	private static Reader text(InputStream bytes) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(bytes,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return new FilterReader(reader) {
			@Override
			public int read() throws IOException {
				int c = super.read();
				if (c == 0) {
					throw new NotCsv();
				}
				return c;
			}

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				for (int i = offset; i < offset + read; i++) {
					if (buffer[i] == '\u0000') {
						throw new NotCsv();
					}
				}
				return read;
			}
		};
	}

	private static FileProblem problem(Exception ex) {
		if (ex instanceof FileProblem problem) {
			return problem;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return new FileProblem("import.file.notUtf8");
			}
		}
		// IllegalStateException, IllegalArgumentException (a malformed quote, a duplicate
		// header), UncheckedIOException around NotCsv or a failed read.
		return new FileProblem("import.file.notCsv");
	}

	private static final class NotCsv extends IOException {

		NotCsv() {
			super("NUL character");
		}

	}

}
