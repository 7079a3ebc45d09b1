package org.sanctuarytracker.search;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.search.SearchResults.PersonHit;
import org.sanctuarytracker.search.SearchResults.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site search: the first few places, people, statements, policies and sources a
 * reader's words find, in one read-only transaction with a fixed number of queries, and
 * the nearest names when nothing matched; today, or as the record stood at a snapshot.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SiteSearch {

	static final int JURISDICTIONS_SHOWN = 8;

	static final int PEOPLE_SHOWN = 8;

	static final int STATEMENTS_SHOWN = 5;

	static final int POLICIES_SHOWN = 5;

	static final int SOURCES_SHOWN = 5;

	static final int SUGGESTIONS = 5;

	private final NameMatches names;

	private final TextMatches texts;

	/**
	 * What the words find today when {@code at} is null, else in the record as it stood
	 * at that snapshot.
	 */
	public SearchResults find(String q, Snapshot at) {
		this.names.useThreshold(NameMatches.MATCH);
		Section<PersonHit> people = Section.of(this.names.people(q, PEOPLE_SHOWN + 1, at), PEOPLE_SHOWN);
		// What the people found by name said: "garceti" finds Eric Garcetti's quotes.
		List<Long> speakers = people.hits().stream().map(PersonHit::id).toList();
		SearchResults results = new SearchResults(
				Section.of(this.names.jurisdictions(q, JURISDICTIONS_SHOWN + 1, at), JURISDICTIONS_SHOWN), people,
				Section.of(this.texts.statements(q, speakers, STATEMENTS_SHOWN + 1, at), STATEMENTS_SHOWN),
				Section.of(this.texts.policies(q, POLICIES_SHOWN + 1, at), POLICIES_SHOWN),
				Section.of(this.texts.sources(q, SOURCES_SHOWN + 1, at), SOURCES_SHOWN), List.of());
		if (!results.isEmpty()) {
			return results;
		}
		this.names.useThreshold(NameMatches.NEAREST);
		return new SearchResults(results.jurisdictions(), results.people(), results.statements(), results.policies(),
				results.sources(), this.names.nearest(q, SUGGESTIONS, at));
	}

}
