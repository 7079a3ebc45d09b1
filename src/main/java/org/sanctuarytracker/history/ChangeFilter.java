package org.sanctuarytracker.history;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recent-changes filters as they stand in the URL.
 */
public record ChangeFilter(@Pattern(regexp = "[a-z0-9._-]{1,50}", message = "{filter.editor.invalid}") String editor,
		RecordType type, @Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String jurisdiction,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Min(value = 1, message = "{filter.page.invalid}") @Max(value = 100000,
				message = "{filter.page.invalid}") Integer page,
		@Min(value = 1, message = "{filter.size.invalid}") @Max(value = 200,
				message = "{filter.size.invalid}") Integer size) {

	public static final int DEFAULT_SIZE = 50;

	public static ChangeFilter forJurisdiction(String slug, Integer page, int size) {
		return new ChangeFilter(null, null, slug, null, null, page, size);
	}

	public int pageNumber() {
		return (this.page != null) ? this.page : 1;
	}

	public int pageSize() {
		return (this.size != null) ? this.size : DEFAULT_SIZE;
	}

	/**
	 * Dates outside years 1 to 9999 are typos, and PostgreSQL cannot take all of them.
	 */
	@AssertTrue(message = "{filter.dates.outOfRange}")
	public boolean isDatesInRange() {
		return inRange(this.from) && inRange(this.to);
	}

	private static boolean inRange(java.time.LocalDate date) {
		return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
	}

}
