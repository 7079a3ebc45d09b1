package org.sanctuarytracker.export;

import java.util.List;
import java.util.Map;

/**
 * One page of a table's rows as the JSON API returns them: each row a map from column
 * name to a JSON value, in the column order of the data dictionary.
 */
public record RowPage(List<Map<String, Object>> rows, long total) {

}
