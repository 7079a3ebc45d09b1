package org.sanctuarytracker.api;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A person as JSON with their terms of office: the rows of people.csv and
 * person_terms.csv read from one snapshot, with the same field names, so a term's dates
 * carry their precision and every fact its source's id.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PersonDocument(long id, String slug, String name, String party, Long partySourceId, String currentTitle,
		Long jurisdictionId, String jurisdictionSlug, String organization, List<TermItem> terms, String createdAt,
		String updatedAt) {

	static PersonDocument of(Map<String, Object> person, List<Map<String, Object>> terms) {
		return new PersonDocument((Long) person.get("id"), (String) person.get("slug"), (String) person.get("name"),
				(String) person.get("party"), (Long) person.get("party_source_id"),
				(String) person.get("current_title"), (Long) person.get("jurisdiction_id"),
				(String) person.get("jurisdiction_slug"), (String) person.get("organization"),
				terms.stream().map(TermItem::of).toList(), (String) person.get("created_at"),
				(String) person.get("updated_at"));
	}

	/** A title held, from and to as far as its source tells (null when it does not). */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record TermItem(long id, String title, Long jurisdictionId, String jurisdictionSlug, String heldFrom,
			String heldFromPrecision, String heldTo, String heldToPrecision, long sourceId) {

		static TermItem of(Map<String, Object> term) {
			return new TermItem((Long) term.get("id"), (String) term.get("title"), (Long) term.get("jurisdiction_id"),
					(String) term.get("jurisdiction_slug"), (String) term.get("held_from"),
					(String) term.get("held_from_precision"), (String) term.get("held_to"),
					(String) term.get("held_to_precision"), (Long) term.get("source_id"));
		}

	}

}
