package org.sanctuarytracker.export;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One downloadable table: its file, its documented columns in their fixed order, its keys
 * (for datapackage.json), and the query that reads it from a snapshot.
 *
 * @param select the SELECT (after the shared snapshot CTEs) returning the columns in
 * order, with a {@code %s} where the WHERE clause goes, and list joins written as
 * {@code {pol_cit_list pc po.id}} (see {@link SnapshotSql#select})
 * @param filters adds the table's conditions for the export's filters
 * @param byJurisdiction for a read from the history filtered by jurisdiction: per CTE, a
 * condition on its keys that every row the filter can keep meets (see
 * {@link SnapshotSql#with})
 */
public record ExportTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
		List<ForeignKey> foreignKeys, String select, BiConsumer<ExportFilter, Conditions> filters,
		Map<String, String> byJurisdiction) {

	ExportTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
			List<ForeignKey> foreignKeys, String select, BiConsumer<ExportFilter, Conditions> filters) {
		this(name, title, description, columns, primaryKey, foreignKeys, select, filters, Map.of());
	}

	ExportTable narrowedByJurisdiction(Map<String, String> conditions) {
		return new ExportTable(this.name, this.title, this.description, this.columns, this.primaryKey, this.foreignKeys,
				this.select, this.filters, conditions);
	}

	public String fileName() {
		return this.name + ".csv";
	}

	public List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	/** A column whose values must be found in another table's columns. */
	public record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {

		static ForeignKey of(String field, String resource, String referenceField) {
			return new ForeignKey(List.of(field), resource, List.of(referenceField));
		}

	}

}
