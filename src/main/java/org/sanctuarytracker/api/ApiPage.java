package org.sanctuarytracker.api;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A page of records from the JSON API, with the totals and the snapshot it was read from.
 * Field names are those of the CSV exports and their data dictionary (/export).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiPage(List<Map<String, Object>> items, int page, int size, long totalItems, long totalPages,
		String asOf, long revision) {

}
