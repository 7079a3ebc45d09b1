package org.sanctuarytracker.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.system.DatedRequest;
import org.sanctuarytracker.system.PageFeed;
import org.sanctuarytracker.system.PageNumber;
import org.sanctuarytracker.system.PageSize;
import org.sanctuarytracker.system.PagedRequest;
import org.sanctuarytracker.system.QueryString;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statement search as it stands in the URL: words to find in quotes and context, and
 * filters. Bad values answer 400.
 */
public record StatementFilter(@Size(max = 200, message = "{filter.q.tooLong}") String q, Stance stance,
		@Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String jurisdiction,
		@Pattern(regexp = "[a-z0-9-]{1,100}", message = "{filter.slug.invalid}") String person,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @PageNumber Integer page,
		@PageSize Integer size) implements PagedRequest, DatedRequest {

	public static final int DEFAULT_SIZE = 20;

	public StatementFilter {
		q = blankToNull(q);
		jurisdiction = blankToNull(jurisdiction);
		person = blankToNull(person);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** The same filters without the words. */
	public StatementFilter withoutWords() {
		return new StatementFilter(null, this.stance, this.jurisdiction, this.person, this.from, this.to, this.page,
				this.size);
	}

	/**
	 * The search's Atom feed: the newest statements it finds, for a reader to follow, at
	 * an address that names the same filters whatever else the page's address held (its
	 * page, a language switch).
	 */
	public PageFeed feed() {
		return new PageFeed("/statements.atom" + query(), (this.q != null) ? "feed.searchTitleFor" : "feed.searchTitle",
				this.q);
	}

	/** The filters as a query string ("?q=…&amp;stance=…"), empty without any. */
	public String query() {
		return new QueryString().add("q", this.q)
			.add("stance", this.stance)
			.add("jurisdiction", this.jurisdiction)
			.add("person", this.person)
			.add("from", this.from)
			.add("to", this.to)
			.suffix();
	}

	@Override
	public int defaultSize() {
		return DEFAULT_SIZE;
	}

	@AssertTrue(message = "{filter.dates.reversed}")
	public boolean isDateRangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
	}

}
