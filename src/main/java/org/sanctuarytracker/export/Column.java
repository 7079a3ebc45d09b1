package org.sanctuarytracker.export;

import java.util.List;

/**
 * One documented column of an export: its name in the header, its Frictionless type, what
 * it means, the values it may take and an example. The data dictionary, the CSV writer
 * and datapackage.json all read these, so they cannot disagree.
 *
 * @param type a Frictionless Table Schema type: integer, number, string, date, datetime,
 * boolean
 * @param allowed the codes an enumerated column may hold; empty otherwise
 * @param required whether every row has a value (Frictionless "required" constraint)
 * @param unique whether no two rows share a value (Frictionless "unique" constraint)
 * @param sql the SQL expression that reads it, when it is not the column of the same name
 * of the table's own row (a slug read from a joined table, a list of links)
 * @param references the export whose id every value names, a foreign key in
 * datapackage.json; null for a column that names no row
 */
public record Column(String name, String type, String description, List<String> allowed, String example,
		boolean required, boolean unique, String sql, String references) {

	Column(String name, String type, String description, List<String> allowed, String example, boolean required) {
		this(name, type, description, allowed, example, required, false, null, null);
	}

	/**
	 * The SQL expression that reads the column from a row of the export's query whose own
	 * table is {@code alias}.
	 */
	String expression(String alias) {
		return (this.sql != null) ? this.sql + " as " + this.name : alias + "." + this.name;
	}

	/** The column read by another SQL expression. */
	Column from(String sql) {
		return new Column(this.name, this.type, this.description, this.allowed, this.example, this.required,
				this.unique, sql, this.references);
	}

	static Column id(String description, String example) {
		return new Column("id", "integer", description, List.of(), example, true);
	}

	static Column integer(String name, String description, String example) {
		return new Column(name, "integer", description, List.of(), example, false);
	}

	static Column number(String name, String description, String example) {
		return new Column(name, "number", description, List.of(), example, false);
	}

	static Column text(String name, String description, String example) {
		return new Column(name, "string", description, List.of(), example, false);
	}

	static Column date(String name, String description, String example) {
		return new Column(name, "date", description, List.of(), example, false);
	}

	static Column instant(String name, String description, String example) {
		return new Column(name, "datetime", description, List.of(), example, true);
	}

	static Column bool(String name, String description, String example) {
		return new Column(name, "boolean", description, List.of("true", "false"), example, true);
	}

	static <E extends Enum<E>> Column codes(String name, String description, Class<E> codes, String example) {
		return new Column(name, "string", description,
				java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList(), example, false);
	}

	Column asRequired() {
		return new Column(this.name, this.type, this.description, this.allowed, this.example, true, this.unique,
				this.sql, this.references);
	}

	Column asUnique() {
		return new Column(this.name, this.type, this.description, this.allowed, this.example, this.required, true,
				this.sql, this.references);
	}

	/** The column names a row of another export by its id ({@code jurisdictions}). */
	Column references(String export) {
		return new Column(this.name, this.type, this.description, this.allowed, this.example, this.required,
				this.unique, this.sql, export);
	}

	/**
	 * Text a spreadsheet could run as a formula is neutralised; numbers and codes never
	 * are.
	 */
	boolean isFreeText() {
		return "string".equals(this.type) && this.allowed.isEmpty();
	}

}
