package org.sanctuarytracker.api;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A page of records from the JSON API, with the totals and the snapshot it was read from.
 * Field names are those of the CSV exports and their data dictionary (/export).
 *
 * @param page the page number; null for a page read with {@code after}
 * @param totalItemsExact false when total_items is the database's estimate: it counts
 * exactly up to 10,000 rows
 * @param nextAfter the {@code after} that reads the next page; null on the last page
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiPage(List<Map<String, Object>> items, Integer page, int size, long totalItems, boolean totalItemsExact,
		long totalPages, Long nextAfter, String asOf, long revision) {

}
