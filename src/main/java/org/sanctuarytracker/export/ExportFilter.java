package org.sanctuarytracker.export;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.system.DatedRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters an export accepts, named as on the browse pages ({@code state},
 * {@code kind}, {@code status}, {@code provision}, {@code q}, {@code stance},
 * {@code jurisdiction}, {@code person}, {@code from}, {@code to}), plus {@code as_of} and
 * {@code updated_since}. Each table applies those that make sense for it and ignores the
 * rest.
 */
public record ExportFilter(@Pattern(regexp = "[A-Za-z]{2}", message = "{filter.state.invalid}") String state,
		JurisdictionKind kind, JurisdictionStatus status, Provision provision,
		@Size(max = 200, message = "{filter.q.tooLong}") String q, Stance stance,
		@Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String jurisdiction,
		@Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String person,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, PointInTime asOf,
		PointInTime updatedSince) implements DatedRequest {

	public ExportFilter {
		state = (state != null) ? state.toUpperCase(java.util.Locale.ROOT) : null;
	}

	public static ExportFilter none() {
		return new ExportFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The filter with the moments read from as_of and updated_since. */
	public ExportFilter withMoments(PointInTime asOf, PointInTime updatedSince) {
		return new ExportFilter(this.state, this.kind, this.status, this.provision, this.q, this.stance,
				this.jurisdiction, this.person, this.from, this.to, asOf, updatedSince);
	}

	/**
	 * Whether the filter keeps one jurisdiction's or one person's rows: a few out of
	 * many, best found through the tables' keys row by row.
	 */
	public boolean isNarrow() {
		return this.jurisdiction != null || this.person != null;
	}

}
