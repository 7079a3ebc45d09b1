package org.sanctuarytracker.search;

import jakarta.validation.constraints.Size;

/**
 * The words of a site search as they stand in the URL ({@code /search?q=}). No words
 * shows the search form alone; more than 200 characters answers 400. Any characters are
 * welcome: PostgreSQL's {@code websearch_to_tsquery} reads anything a reader types
 * without a syntax error, and names are compared as text.
 */
public record SearchQuery(@Size(max = 200, message = "{filter.q.tooLong}") String q) {

	public SearchQuery {
		q = (q == null || q.isBlank()) ? null : q.strip().replaceAll("\\s+", " ");
	}

	public boolean isEmpty() {
		return this.q == null;
	}

}
