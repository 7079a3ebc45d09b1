package org.sanctuarytracker.system;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;

/**
 * A list filter between two days its address gives ({@code ?from=&to=}, either left
 * open). Dates outside years 1 to 9999 are typos, and PostgreSQL cannot take all of them:
 * a 400 that says so.
 */
public interface DatedRequest {

	LocalDate from();

	LocalDate to();

	@AssertTrue(message = "{filter.dates.outOfRange}")
	default boolean isDatesInRange() {
		return inRange(from()) && inRange(to());
	}

	private static boolean inRange(LocalDate date) {
		return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
	}

}
