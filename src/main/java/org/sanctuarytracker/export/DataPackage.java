package org.sanctuarytracker.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes the bundle as a Frictionless Data Package (datapackage.json): one tabular
 * resource per CSV with its Table Schema (field names, types, descriptions, allowed
 * values, primary and foreign keys), all taken from the same column definitions the CSVs
 * are written from.
 */
@Component
class DataPackage {

	private final JsonMapper json;

	private final Map<String, Object> license = new LinkedHashMap<>();

	DataPackage(JsonMapper json, DataLicense license) {
		this.json = json;
		this.license.put("name", license.name());
		this.license.put("path", license.path());
		this.license.put("title", license.title());
	}

	String describe(Snapshot snapshot) {
		Map<String, Object> pack = new LinkedHashMap<>();
		pack.put("profile", "tabular-data-package");
		pack.put("name", "sanctuary-policy-tracker");
		pack.put("title", "Sanctuary-policy tracker");
		pack.put("description",
				"US jurisdictions' policies on federal immigration enforcement, their officials' "
						+ "statements and the federal funding at risk, each fact with its sources. Snapshot as of "
						+ snapshot.instant() + " (revision " + snapshot.revision() + ").");
		pack.put("created", snapshot.instant().toString());
		// The tracker's compilation; every quote and figure stays its source's, cited
		// beside it.
		pack.put("licenses", List.of(this.license));
		List<Object> resources = new ArrayList<>();
		for (ExportTable table : ExportTables.ALL) {
			resources.add(resource(table));
		}
		pack.put("resources", resources);
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(pack) + "\n";
	}

	private static Map<String, Object> resource(ExportTable table) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("profile", "tabular-data-resource");
		resource.put("name", table.name().replace('_', '-'));
		resource.put("path", table.fileName());
		resource.put("title", table.title());
		resource.put("description", table.description());
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		// Ordered maps only: the bundle must come out byte-identical for the same
		// snapshot.
		Map<String, Object> dialect = new LinkedHashMap<>();
		dialect.put("delimiter", ",");
		dialect.put("doubleQuote", true);
		dialect.put("lineTerminator", "\r\n");
		dialect.put("header", true);
		resource.put("dialect", dialect);
		Map<String, Object> schema = new LinkedHashMap<>();
		List<Object> fields = new ArrayList<>();
		for (Column column : table.columns()) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column.name());
			field.put("type", column.type());
			field.put("description", column.description());
			if (column.type().equals("datetime")) {
				// Instants carry a fraction of a second when they have one
				// (2026-11-20T14:03:00.123456Z), which the default format
				// (%Y-%m-%dT%H:%M:%SZ) refuses in the reference libraries; "any" reads
				// ISO 8601 whole.
				field.put("format", "any");
			}
			if (column.example() != null && !column.example().isEmpty()) {
				field.put("example", column.example());
			}
			Map<String, Object> constraints = new LinkedHashMap<>();
			if (column.required()) {
				constraints.put("required", true);
			}
			if (column.unique()) {
				constraints.put("unique", true);
			}
			// The codes of a string column. A boolean's allowed values are its type's
			// own, and an enum must hold values of the field's type (JSON booleans here).
			if (!column.allowed().isEmpty() && column.type().equals("string") && !column.name().equals("provisions")) {
				constraints.put("enum", column.allowed());
			}
			if (!constraints.isEmpty()) {
				field.put("constraints", constraints);
			}
			fields.add(field);
		}
		schema.put("fields", fields);
		schema.put("missingValues", List.of(""));
		schema.put("primaryKey", table.primaryKey());
		List<Object> foreignKeys = new ArrayList<>();
		for (ExportTable.ForeignKey key : table.foreignKeys()) {
			Map<String, Object> reference = new LinkedHashMap<>();
			// A reference to the table itself is written with an empty resource name.
			reference.put("resource", key.resource().equals(table.name()) ? "" : key.resource().replace('_', '-'));
			reference.put("fields", key.referenceFields());
			Map<String, Object> foreignKey = new LinkedHashMap<>();
			foreignKey.put("fields", key.fields());
			foreignKey.put("reference", reference);
			foreignKeys.add(foreignKey);
		}
		// Table Schema wants at least one foreign key where the property is present.
		if (!foreignKeys.isEmpty()) {
			schema.put("foreignKeys", foreignKeys);
		}
		resource.put("schema", schema);
		return resource;
	}

}
