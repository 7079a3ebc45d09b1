package org.sanctuarytracker.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.sanctuarytracker.export.Column;
import org.sanctuarytracker.export.ExportTable;
import org.sanctuarytracker.export.ExportTables;
import org.sanctuarytracker.history.RecordType;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Stance;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document describe the JSON the API answers, exactly: each list's rows
 * typed from the export's column model (the same one the JSON, the CSV and the data
 * dictionary come from), snake_case names, every value that may be null typed so, codes
 * as enums, the paginated envelope, the error body, and each filter as its own documented
 * parameter with its range. springdoc alone described the Java types (camelCase, untyped
 * rows, one "filter" object, Spring's error views); this replaces its schemas and
 * parameters with these, so the document cannot drift from the rows.
 */
@Component
class ApiSchemas implements OpenApiCustomizer {

	private static final String JSON = "application/json";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String REF = "#/components/schemas/";

	@Override
	public void customise(OpenAPI api) {
		Map<String, Schema> schemas = new LinkedHashMap<>();
		schemas.put("Problem", problem());
		// One handler serves every list (/api/v1/{list}): the document names each.
		PathItem lists = (api.getPaths() != null) ? api.getPaths().remove("/api/v1/{list}") : null;
		for (ApiList list : ApiList.values()) {
			ExportTable table = ExportTables.named(list.table());
			String row = typeName(table.name()) + "Row";
			schemas.put(row, row(table));
			schemas.put(typeName(table.name()) + "Page", page(row));
			if (lists != null) {
				api.getPaths()
					.addPathItem(list.path(),
							new PathItem().get(new Operation().operationId(list.operationId())
								.summary(list.summary())
								.description(list.description())
								.tags(lists.getGet().getTags())
								.parameters(listParameters(list.filters()))
								.responses(responses(typeName(table.name()) + "Page", false))));
			}
		}
		record(ProfileDocument.class, schemas);
		record(PersonDocument.class, schemas);
		for (String path : List.of("/api/v1/jurisdictions/{slug}", "/api/v1/people/{slug}")) {
			Operation get = get(api, path);
			if (get != null) {
				get.setParameters(List.of(
						new Parameter().in("path")
							.name("slug")
							.required(true)
							.description("The record's slug, as in its page's address (e.g. chicago-il)")
							.schema(new JsonSchema().types(Set.of("string")).pattern("^[a-z0-9]+(-[a-z0-9]+)*$")),
						asOf()));
				get.setResponses(
						responses(path.startsWith("/api/v1/people") ? "PersonDocument" : "ProfileDocument", true));
			}
		}
		record(ChangePage.class, schemas);
		Operation changes = get(api, "/api/v1/changes");
		if (changes != null) {
			changes
				.setParameters(List.of(query("editor", "An editor's username", text().pattern("^[a-z0-9._-]{1,50}$")),
						query("type", "The kind of record changed", codes(RecordType.class)),
						query("jurisdiction", "A jurisdiction's slug: its changes and those of what is attached to it",
								slug()),
						query("from", "Changed on or after this day (YYYY-MM-DD, UTC)", text().format("date")),
						query("to", "Changed on or before this day (YYYY-MM-DD, UTC)", text().format("date")), page(),
						size()));
			changes.setResponses(responses("ChangePage", false));
		}
		// Public and read-only: no operation needs credentials, which an empty security
		// requirement says explicitly (rather than by leaving it out).
		api.setSecurity(new ArrayList<>());
		if (api.getComponents() == null) {
			api.setComponents(new io.swagger.v3.oas.models.Components());
		}
		api.getComponents().setSchemas(schemas);
	}

	private static Operation get(OpenAPI api, String path) {
		PathItem item = (api.getPaths() != null) ? api.getPaths().get(path) : null;
		return (item != null) ? item.getGet() : null;
	}

	private static ApiResponses responses(String schema, boolean canBeMissing) {
		ApiResponses responses = new ApiResponses();
		responses.addApiResponse("200", new ApiResponse().description("OK").content(json(ref(schema))));
		responses.addApiResponse("400",
				new ApiResponse().description("A parameter is not valid: problems says which and why")
					.content(problemJson()));
		if (canBeMissing) {
			responses.addApiResponse("404",
					new ApiResponse().description("No record had this slug at that moment").content(problemJson()));
		}
		return responses;
	}

	private static Content problemJson() {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref("Problem")));
	}

	private static Content json(Schema schema) {
		return new Content().addMediaType(JSON, new MediaType().schema(schema));
	}

	private static Schema ref(String name) {
		return new JsonSchema().$ref(REF + name);
	}

	private static List<Parameter> listParameters(List<String> filters) {
		List<Parameter> parameters = new ArrayList<>();
		for (String filter : filters) {
			parameters.add(filter(filter));
		}
		parameters.add(page());
		parameters.add(size());
		parameters.add(query("after", ApiController.AFTER, integer().minimum(BigDecimal.ZERO)));
		parameters.add(query("updated_since",
				"Only rows changed after this date (YYYY-MM-DD: the end of that day, UTC) or instant "
						+ "(2026-11-20T14:03:00Z), for incremental sync",
				text()));
		parameters.add(asOf());
		return parameters;
	}

	private static Parameter page() {
		return query("page", "The page, from 1 (lists: not with after)",
				integer().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100_000))._default(1));
	}

	private static Parameter size() {
		return query("size", "Rows per page",
				integer().minimum(BigDecimal.ONE)
					.maximum(BigDecimal.valueOf(ApiController.MAX_SIZE))
					._default(ApiController.DEFAULT_SIZE));
	}

	private static Parameter asOf() {
		return query("as_of", ApiController.ASOF, text());
	}

	private static Parameter filter(String name) {
		return switch (name) {
			case "state" -> query(name, "Two-letter state code (IL)", text().pattern("^[A-Za-z]{2}$"));
			case "kind" -> query(name, "Kind of jurisdiction", codes(JurisdictionKind.class));
			case "status" -> query(name, "The jurisdiction's assessed stance", codes(JurisdictionStatus.class));
			case "provision" -> query(name, "A provision in force", codes(Provision.class));
			case "stance" -> query(name, "The statement's stance", codes(Stance.class));
			case "q" -> query(name, "Words to find (full text on statements, web-search syntax; the name elsewhere)",
					text().maxLength(200));
			case "jurisdiction" -> query(name, "A jurisdiction's slug (chicago-il)", slug());
			case "person" -> query(name, "A person's slug (brandon-johnson)", slug());
			case "from" -> query(name, "Said on or after this day (YYYY-MM-DD)", text().format("date"));
			case "to" -> query(name, "Said on or before this day (YYYY-MM-DD)", text().format("date"));
			default -> throw new IllegalArgumentException("No such filter: " + name);
		};
	}

	private static Parameter query(String name, String description, Schema schema) {
		return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
	}

	private static Schema slug() {
		return text().pattern("^[a-z0-9-]{1,100}$");
	}

	private static Schema integer() {
		return new JsonSchema().types(Set.of("integer")).format("int64");
	}

	private static Schema text() {
		return new JsonSchema().types(Set.of("string"));
	}

	private static Schema codes(Class<? extends Enum<?>> codes) {
		List<Object> names = new ArrayList<>(Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
		Schema schema = text();
		schema.setEnum(names);
		return schema;
	}

	/** A row as JsonRows writes it: every column present, null when unknown. */
	private static Schema row(ExportTable table) {
		Schema row = object(table.title() + ": " + table.description());
		for (Column column : table.columns()) {
			Schema value = column(column);
			value.setDescription(column.description());
			row.addProperty(column.name(), value);
			row.addRequiredItem(column.name());
		}
		return row;
	}

	private static Schema column(Column column) {
		if (column.name().equals("provisions")) {
			return new JsonSchema().types(Set.of("array")).items(codes(Provision.class));
		}
		if (column.name().equals("source_ids")) {
			return new JsonSchema().types(Set.of("array")).items(integer());
		}
		Schema schema = switch (column.type()) {
			case "integer" -> integer();
			case "number" -> new JsonSchema().types(Set.of("number"));
			case "date" -> text().format("date");
			case "datetime" -> text().format("date-time");
			case "boolean" -> new JsonSchema().types(Set.of("boolean"));
			default -> text();
		};
		if (!column.allowed().isEmpty() && !column.type().equals("boolean")) {
			List<Object> allowed = new ArrayList<>(column.allowed());
			if (!column.required()) {
				allowed.add(null);
			}
			schema.setEnum(allowed);
		}
		return column.required() ? schema : nullable(schema);
	}

	private static Schema page(String row) {
		Schema page = object("A page of rows, with the totals and the snapshot it was read from");
		page.addProperty("items", new JsonSchema().types(Set.of("array")).items(ref(row)));
		page.addProperty("page", nullable(integer()).description("The page number; null for a page read with after"));
		page.addProperty("size", integer());
		page.addProperty("total_items", integer());
		page.addProperty("total_items_exact", new JsonSchema().types(Set.of("boolean"))
			.description("false when total_items is the database's estimate (it counts exactly up to 10,000)"));
		page.addProperty("total_pages", integer());
		page.addProperty("next_after",
				nullable(integer()).description("The after that reads the next page; null on the last page"));
		page.addProperty("as_of", text().format("date-time").description("The instant of the snapshot read"));
		page.addProperty("revision", integer().description("The revision of the snapshot read"));
		page.getProperties().keySet().forEach((name) -> page.addRequiredItem((String) name));
		return page;
	}

	private static Schema problem() {
		Schema problem = object("An error as an RFC 9457 problem detail, with each problem and the request's id");
		problem.addProperty("type", text().description("about:blank: the status says what kind of error it is"));
		problem.addProperty("title", text().description("What kind of error, in the reader's language"));
		problem.addProperty("status", integer());
		problem.addProperty("detail", text().description("What was wrong, in the reader's language"));
		problem.addProperty("instance", text().description("The path asked for"));
		problem.addProperty("problems",
				new JsonSchema().types(Set.of("array"))
					.items(text())
					.description("Each bad parameter and why, one line each; empty for a 404"));
		problem.addProperty("reference",
				nullable(text()).description("The request's id (also in X-Request-Id), to quote when reporting it"));
		problem.addProperty("error", text().description("The status's reason phrase (the first version's name)"));
		problem.addProperty("message", text().description("The detail again (the first version's name)"));
		// "type" is left out when it is about:blank, as RFC 9457 allows.
		problem.getProperties()
			.keySet()
			.stream()
			.filter((name) -> !"type".equals(name))
			.forEach((name) -> problem.addRequiredItem((String) name));
		return problem;
	}

	/**
	 * A record's schema, and those of the records it holds: snake_case names, a primitive
	 * or a list never null, anything else nullable.
	 */
	private static void record(Class<?> type, Map<String, Schema> schemas) {
		if (schemas.containsKey(type.getSimpleName())) {
			return;
		}
		Schema schema = object(null);
		schemas.put(type.getSimpleName(), schema);
		for (RecordComponent component : type.getRecordComponents()) {
			String name = snakeCase(component.getName());
			schema.addProperty(name, value(component.getType(), component.getGenericType(), schemas));
			schema.addRequiredItem(name);
		}
	}

	private static Schema value(Class<?> type, Type generic, Map<String, Schema> schemas) {
		if (type == long.class || type == int.class) {
			return integer();
		}
		if (type == boolean.class) {
			return new JsonSchema().types(Set.of("boolean"));
		}
		if (type == List.class) {
			Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
			return new JsonSchema().types(Set.of("array")).items(value((Class<?>) item, item, schemas));
		}
		if (type.isRecord()) {
			record(type, schemas);
			return ref(type.getSimpleName());
		}
		if (type == Long.class || type == Integer.class) {
			return nullable(integer());
		}
		if (type == BigDecimal.class) {
			return nullable(new JsonSchema().types(Set.of("number")));
		}
		if (type == Instant.class) {
			return nullable(text().format("date-time"));
		}
		return nullable(text());
	}

	private static Schema object(String description) {
		Schema object = new JsonSchema().types(Set.of("object"));
		object.setAdditionalProperties(false);
		if (description != null) {
			object.setDescription(description);
		}
		return object;
	}

	private static Schema nullable(Schema schema) {
		Set<String> types = new LinkedHashSet<>(schema.getTypes());
		types.add("null");
		schema.setTypes(types);
		return schema;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String typeName(String table) {
		StringBuilder name = new StringBuilder();
		for (String part : table.split("_")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

}
