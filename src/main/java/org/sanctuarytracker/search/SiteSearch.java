package org.sanctuarytracker.search;

import java.util.List;

import org.sanctuarytracker.search.SearchResults.PersonHit;
import org.sanctuarytracker.search.SearchResults.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site search: the first few places, people, statements, policies and sources a
 * reader's words find, in one read-only transaction with a fixed number of queries, and
 * the nearest names when nothing matched.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

	static final int JURISDICTIONS_SHOWN = 8;

	static final int PEOPLE_SHOWN = 8;

	static final int STATEMENTS_SHOWN = 5;

	static final int POLICIES_SHOWN = 5;

	static final int SOURCES_SHOWN = 5;

	static final int SUGGESTIONS = 5;

	private final NameMatches names;

	private final TextMatches texts;

	SiteSearch(NameMatches names, TextMatches texts) {
		this.names = names;
		this.texts = texts;
	}

	public SearchResults find(String q) {
		this.names.useThreshold(NameMatches.MATCH);
		Section<PersonHit> people = Section.of(this.names.people(q, PEOPLE_SHOWN + 1), PEOPLE_SHOWN);
		// What the people found by name said: "garceti" finds Eric Garcetti's quotes.
		List<Long> speakers = people.hits().stream().map(PersonHit::id).toList();
		SearchResults results = new SearchResults(
				Section.of(this.names.jurisdictions(q, JURISDICTIONS_SHOWN + 1), JURISDICTIONS_SHOWN), people,
				Section.of(this.texts.statements(q, speakers, STATEMENTS_SHOWN + 1), STATEMENTS_SHOWN),
				Section.of(this.texts.policies(q, POLICIES_SHOWN + 1), POLICIES_SHOWN),
				Section.of(this.texts.sources(q, SOURCES_SHOWN + 1), SOURCES_SHOWN), List.of());
		if (!results.isEmpty()) {
			return results;
		}
		this.names.useThreshold(NameMatches.NEAREST);
		return new SearchResults(results.jurisdictions(), results.people(), results.statements(), results.policies(),
				results.sources(), this.names.nearest(q, SUGGESTIONS));
	}

}
