package org.sanctuarytracker.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page showing the record as it stood at a past moment: the moment as the reader gave
 * it ({@code as_of}, carried by the page's links to other pages that can show the past),
 * the instant and revision it resolved to, and the way back to today.
 *
 * @param asOf the parameter as given: a date (the end of that day, UTC) or an instant
 * @param instant the instant the snapshot stands at
 * @param revision the newest revision it includes
 * @param todayUrl the same page as it stands now
 */
public record PastView(String asOf, Instant instant, long revision, String todayUrl) {

	/** The model attribute the layout, the links and the pages look for. */
	public static final String ATTRIBUTE = "past";

	/**
	 * The page asked for, as it stood at a snapshot; today's is the same URL without
	 * as_of.
	 */
	public static PastView of(String asOf, Instant instant, long revision, HttpServletRequest request) {
		String today = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("as_of")
			.build()
			.toUriString();
		return new PastView(asOf.strip(), instant, revision, today);
	}

	/** The day shown in the banner and the date control (UTC, as the snapshot's). */
	public LocalDate day() {
		return LocalDate.ofInstant(this.instant, ZoneOffset.UTC);
	}

}
