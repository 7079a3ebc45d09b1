package org.sanctuarytracker.history;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import org.sanctuarytracker.system.DatedRequest;
import org.sanctuarytracker.system.PageNumber;
import org.sanctuarytracker.system.PageSize;
import org.sanctuarytracker.system.PagedRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recent-changes filters as they stand in the URL.
 */
public record ChangeFilter(@Pattern(regexp = "[a-z0-9._-]{1,50}", message = "{filter.editor.invalid}") String editor,
		RecordType type, @Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String jurisdiction,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @PageNumber Integer page,
		@PageSize(max = 200) Integer size) implements PagedRequest, DatedRequest {

	public static final int DEFAULT_SIZE = 50;

	public static ChangeFilter forJurisdiction(String slug, Integer page, int size) {
		return new ChangeFilter(null, null, slug, null, null, page, size);
	}

	@Override
	public int defaultSize() {
		return DEFAULT_SIZE;
	}

}
