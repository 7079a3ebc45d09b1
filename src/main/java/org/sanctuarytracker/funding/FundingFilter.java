package org.sanctuarytracker.funding;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.system.PageNumber;
import org.sanctuarytracker.system.PageSize;
import org.sanctuarytracker.system.PagedRequest;
import org.sanctuarytracker.system.SortOrder;
import org.sanctuarytracker.system.SortParam;

/**
 * The funding overview's filters as they stand in the URL ({@code /funding?state=IL&
 * program=Byrne+JAG&year=2025&status=threatened&sort=amount}). Codes read in any case;
 * bad values answer 400, not an empty list.
 */
public record FundingFilter(@Pattern(regexp = "[A-Za-z]{2}", message = "{filter.state.invalid}") String state,
		@Size(max = 200, message = "{filter.program.tooLong}") String program,
		@Min(value = 1900, message = "{filter.year.invalid}") @Max(value = 2100,
				message = "{filter.year.invalid}") Integer year,
		FundingStatus status, @SortParam(FundingSort.class) String sort, @PageNumber Integer page,
		@PageSize Integer size) implements PagedRequest {

	public static final int DEFAULT_SIZE = 25;

	public FundingFilter {
		state = (state == null || state.isBlank()) ? null : state.trim().toUpperCase(Locale.ROOT);
		program = (program == null || program.isBlank()) ? null : program.trim();
		sort = (sort == null || sort.isBlank()) ? null : sort.trim().toLowerCase(Locale.ROOT);
	}

	public static FundingFilter none() {
		return new FundingFilter(null, null, null, null, null, null, null);
	}

	@Override
	public int defaultSize() {
		return DEFAULT_SIZE;
	}

	public FundingSort sortOrder() {
		return SortOrder.named(FundingSort.class, this.sort);
	}

	public boolean isFiltered() {
		return this.state != null || this.program != null || this.year != null || this.status != null;
	}

}
