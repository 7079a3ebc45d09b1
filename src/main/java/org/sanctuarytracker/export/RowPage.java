package org.sanctuarytracker.export;

import java.util.List;
import java.util.Map;

/**
 * One page of a table's rows as the JSON API returns them: each row a map from column
 * name to a JSON value, in the column order of the data dictionary.
 *
 * @param total the number of rows over all pages: exact, or the planner's estimate when
 * there are more than {@link JsonRows#EXACT_COUNT_BOUND}
 * @param totalExact whether {@code total} is exact
 * @param nextAfter the id to ask for the next page with ({@code after}); null on the last
 * page
 */
public record RowPage(List<Map<String, Object>> rows, long total, boolean totalExact, Long nextAfter) {

	record Total(long items, boolean exact) {
	}

}
