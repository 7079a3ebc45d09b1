package org.sanctuarytracker.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The state of the data an export reads: every change up to and including one revision,
 * named by that revision's own instant. The same snapshot always gives the same rows, so
 * a download can be repeated byte for byte later, whatever was edited since.
 *
 * @param revision the last revision included (0: nothing was ever recorded)
 * @param instant the instant of that revision, named in every header and bundle: asking
 * for it again ({@code as_of=instant}) resolves to the same revision
 */
public record Snapshot(long revision, Instant instant) {

	/** The header every snapshot read answers with: the instant it stands at. */
	public static final String AS_OF_HEADER = "X-Snapshot-As-Of";

	/** The header naming the snapshot's revision number. */
	public static final String REVISION_HEADER = "X-Snapshot-Revision";

	/** The calendar date of the snapshot (UTC): what "in force" means for it. */
	public LocalDate date() {
		return LocalDate.ofInstant(this.instant, ZoneOffset.UTC);
	}

	/** Names the snapshot in the headers of a page read from it. */
	public void addHeadersTo(HttpServletResponse response) {
		headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
	}

	/** The snapshot headers, for a response read from this snapshot. */
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(AS_OF_HEADER, this.instant.toString());
		headers.set(REVISION_HEADER, Long.toString(this.revision));
		return headers;
	}

}
