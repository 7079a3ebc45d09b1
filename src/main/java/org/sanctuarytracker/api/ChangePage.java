package org.sanctuarytracker.api;

import java.time.Instant;
import java.util.List;

import org.sanctuarytracker.history.Change;
import org.springframework.data.domain.Page;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A page of the change log as JSON: each record a revision changed, newest first, with
 * who, when and why, and the page that shows its history.
 *
 * @param totalItemsExact false when total_items only says "at least": the change log
 * counts up to 1,000 and, past that, one more than the pages read so far
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangePage(List<ChangeItem> items, int page, int size, long totalItems, boolean totalItemsExact) {

	static ChangePage of(Page<Change> changes, long bound) {
		return new ChangePage(changes.getContent().stream().map(ChangeItem::of).toList(), changes.getNumber() + 1,
				changes.getSize(), changes.getTotalElements(), changes.getTotalElements() <= bound);
	}

	/**
	 * @param kind CREATED, UPDATED or DELETED
	 * @param recordType the kind of record (JURISDICTION, STATEMENT, POLICY…), as the
	 * type filter names it
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record ChangeItem(long revision, Instant at, String username, String summary, String recordType,
			long recordId, String kind, String label, String jurisdictionSlug, String historyUrl) {

		private static final List<String> KINDS = List.of("CREATED", "UPDATED", "DELETED");

		static ChangeItem of(Change change) {
			return new ChangeItem(change.revision(), change.at(), change.username(), change.summary(),
					change.type().name(), change.recordId(), KINDS.get(change.kind()), change.label(),
					change.jurisdictionSlug(), change.historyUrl());
		}

	}

}
