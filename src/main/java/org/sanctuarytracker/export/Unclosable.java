package org.sanctuarytracker.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that passes writes through and only flushes on close: for a writer that closes
 * what it is given when it finishes (the CSV printer, the workbook) writing into a stream
 * it does not own (a zip entry, the response).
 */
final class Unclosable extends FilterOutputStream {

	Unclosable(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		// FilterOutputStream would write the bytes one at a time.
		this.out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}
