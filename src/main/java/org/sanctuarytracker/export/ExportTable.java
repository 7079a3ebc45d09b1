package org.sanctuarytracker.export;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * One downloadable table: its file, its documented columns in their fixed order, its
 * primary key (for datapackage.json; its foreign keys are its columns' references), and
 * the query that reads it from a snapshot. The query's columns are the documented ones,
 * each read by its own expression ({@link Column#sql}), so the file's header and the
 * values under it cannot fall out of step.
 *
 * @param alias the name the query gives the table's own rows, whose columns of the same
 * name the documented columns read unless they say otherwise
 * @param from the query after its SELECT list (after the shared snapshot CTEs): FROM and
 * joins, with list joins written as {@code {pol_cit_list cit po.id}} (see
 * {@link SnapshotSql#select}), a {@code %s} where the WHERE clause goes, and the ORDER BY
 * @param filters adds the table's conditions for the export's filters
 */
public record ExportTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
		String alias, String from, BiConsumer<ExportFilter, Conditions> filters) {

	/** The query, its columns in the documented order. */
	public String select() {
		return "select "
				+ this.columns.stream().map((column) -> column.expression(this.alias)).collect(Collectors.joining(", "))
				+ "\n" + this.from;
	}

	public String fileName() {
		return this.name + ".csv";
	}

	public List<String> header() {
		return this.columns.stream().map(Column::name).toList();
	}

	/** Its columns that name a row of another export, each by that row's id. */
	public List<ForeignKey> foreignKeys() {
		return this.columns.stream()
			.filter((column) -> column.references() != null)
			.map((column) -> new ForeignKey(List.of(column.name()), column.references(), List.of("id")))
			.toList();
	}

	/** A column whose values must be found in another table's columns. */
	public record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {
	}

}
