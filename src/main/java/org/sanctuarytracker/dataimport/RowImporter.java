package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Reads one kind of record from import rows in its export's columns, and plans what to do
 * with each row. Planning changes nothing stored; the plan's actions do, at commit.
 */
interface RowImporter {

	/** The export whose columns the file uses (jurisdictions, policies, ...). */
	String table();

	/** Columns the header must have; {@code a|b} means either. */
	List<String> requiredColumns();

	Planned plan(Row row, ImportContext context);

	static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

}
