package org.sanctuarytracker.export;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One downloadable table: its file, its documented columns in their fixed order, its keys
 * (for datapackage.json), and the query that reads it from a snapshot.
 *
 * @param select the SELECT (after the shared snapshot CTEs) returning the columns in
 * order, with a {@code %s} where the WHERE clause goes, and list joins written as
 * {@code {pol_cit_list pc po.id}} (see {@link SnapshotSql#select})
 * @param filters adds the table's conditions for the export's filters
 */
public record ExportTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
		List<ForeignKey> foreignKeys, String select, BiConsumer<ExportFilter, Conditions> filters) {

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
