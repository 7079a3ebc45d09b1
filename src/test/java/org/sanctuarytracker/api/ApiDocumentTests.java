package org.sanctuarytracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.text;

/**
 * The OpenAPI document describes the JSON the API really answers: real responses of every
 * endpoint (first and later pages, filtered, as of a moment, records, errors) validate
 * against the schemas the document gives for their status, with a JSON Schema validator
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12); every parameter is its own, described
 * and typed; names are snake_case as in the JSON.
 */
@TrackerTest
class ApiDocumentTests {

	private static final SchemaRegistry registry = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldDescribeEveryResponseOfEveryEndpointExactly() {
		JsonNode document = document();
		String person = this.jdbc.queryForObject("select slug from person order by id limit 1", String.class);
		String asOf = this.mvc.get().uri("/api/v1/sources").exchange().getResponse().getHeader("X-Snapshot-As-Of");
		Map<String, List<String>> calls = new java.util.LinkedHashMap<>(Map.of("/api/v1/jurisdictions",
				List.of("", "?page=2&size=3", "?state=IL", "?kind=CITY&status=SANCTUARY", "?q=los", "?after=1&size=5",
						"?as_of=" + asOf, "?page=0", "?kind=VILLAGE", "?size=500"),
				"/api/v1/policies",
				List.of("", "?jurisdiction=chicago-il", "?page=2&size=2", "?updated_since=2020-01-01"),
				"/api/v1/statements",
				List.of("", "?q=sanctuary", "?jurisdiction=chicago-il&stance=OPPOSES_SANCTUARY", "?from=2025-01-01",
						"?person=" + person, "?stance=NOPE", "?from=yesterday"),
				"/api/v1/funding-exposures", List.of("", "?state=CA", "?page=3&size=1"), "/api/v1/people",
				List.of("", "?jurisdiction=chicago-il", "?q=johnson"), "/api/v1/sources",
				List.of("", "?size=1", "?as_of=1999-01-01"), "/api/v1/jurisdictions/{slug}",
				List.of("chicago-il", "los-angeles-ca?as_of=" + asOf, "no-such-place-zz", "chicago-il?as_of=tomorrow"),
				"/api/v1/people/{slug}", List.of(person, "no-such-person-zz")));
		calls.put("/api/v1/indicators", List.of("", "?jurisdiction=chicago-il", "?state=IL&size=2", "?kind=COUNTY"));
		calls.put("/api/v1/changes", List.of("", "?type=STATEMENT&size=3", "?jurisdiction=chicago-il&page=2&size=2",
				"?editor=nobody-at-all", "?from=2025-01-01&to=2030-01-01", "?type=NOPE", "?size=0"));
		calls.put("/api/v1/designations", List.of("", "?jurisdiction=chicago-il", "?page=2&size=1"));
		assertThat(new ArrayList<>(document.get("paths").propertyNames()))
			.containsExactlyInAnyOrderElementsOf(calls.keySet());
		List<Integer> statuses = new ArrayList<>();
		for (Map.Entry<String, List<String>> path : calls.entrySet()) {
			for (String call : path.getValue()) {
				String uri = path.getKey().contains("{slug}") ? path.getKey().replace("{slug}", call)
						: path.getKey() + call;
				MvcTestResult result = this.mvc.get().uri(uri).exchange();
				int status = result.getResponse().getStatus();
				statuses.add(status);
				JsonNode response = document.get("paths")
					.get(path.getKey())
					.get("get")
					.get("responses")
					.get(String.valueOf(status));
				assertThat(response).as(uri + " answered " + status + ", which the document names").isNotNull();
				// Rows as JSON, errors as problem details: the media type the answer
				// names.
				String mediaType = result.getResponse().getContentType().replaceFirst(";.*", "");
				assertThat(response.get("content").has(mediaType)).as(uri + " answered as " + mediaType).isTrue();
				Schema schema = schema(document,
						response.get("content").get(mediaType).get("schema").get("$ref").asString());
				JsonNode body = this.json.readTree(text(result));
				assertThat(problems(schema, body)).as(uri + " against its schema").isEmpty();
			}
		}
		assertThat(statuses).contains(200, 400, 404);
	}

	@Test
	void shouldFailABodyThatDoesNotMatchItsSchema() {
		JsonNode document = document();
		ObjectNode page = (ObjectNode) this.json.readTree(text(this.mvc.get().uri("/api/v1/jurisdictions").exchange()));
		Schema schema = schema(document, "#/components/schemas/JurisdictionsPage");
		assertThat(problems(schema, page)).isEmpty();
		((ObjectNode) page.get("items").get(0)).put("geoid", 6037);
		((ObjectNode) page.get("items").get(0)).put("totalItems", 1);
		assertThat(problems(schema, page)).anyMatch((problem) -> problem.contains("geoid"))
			.anyMatch((problem) -> problem.contains("totalItems"));
	}

	@Test
	void shouldDocumentEachParameterAndNameEveryFieldAsTheJsonDoes() {
		JsonNode document = document();
		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(document.get("info").get("license").get("name").asString()).isEqualTo("CC-BY-4.0");
		// Public: no credentials, said explicitly.
		assertThat(document.get("security").isArray()).isTrue();
		assertThat(document.get("security").isEmpty()).isTrue();
		for (String path : document.get("paths").propertyNames()) {
			JsonNode get = document.get("paths").get(path).get("get");
			assertThat(get.get("summary")).as(path).isNotNull();
			assertThat(get.get("operationId")).as(path).isNotNull();
			for (JsonNode parameter : get.get("parameters").values()) {
				String name = parameter.get("name").asString();
				assertThat(name).as(path).isNotEqualTo("filter").matches("[a-z_]+");
				assertThat(parameter.get("description").asString()).as(path + " " + name).isNotBlank();
				assertThat(parameter.get("schema").get("type")).as(path + " " + name).isNotNull();
			}
			assertThat(get.get("responses").propertyNames()).as(path).contains("200", "400");
		}
		List<String> statementParameters = document.get("paths")
			.get("/api/v1/statements")
			.get("get")
			.get("parameters")
			.values()
			.stream()
			.map((p) -> p.get("name").asString())
			.toList();
		assertThat(statementParameters).containsExactly("q", "stance", "jurisdiction", "person", "from", "to", "page",
				"size", "after", "updated_since", "as_of");
		JsonNode size = document.get("paths")
			.get("/api/v1/statements")
			.get("get")
			.get("parameters")
			.get(7)
			.get("schema");
		assertThat(size.get("minimum").asInt()).isEqualTo(1);
		assertThat(size.get("maximum").asInt()).isEqualTo(200);
		JsonNode schemas = document.get("components").get("schemas");
		for (String name : schemas.propertyNames()) {
			JsonNode properties = schemas.get(name).get("properties");
			if (properties != null) {
				assertThat(properties.propertyNames()).as(name).allMatch((field) -> field.matches("[a-z0-9_]+"));
			}
		}
		assertThat(schemas.propertyNames()).doesNotContain("ModelAndView", "View", "ApiPage");
	}

	private JsonNode document() {
		return this.json.readTree(text(this.mvc.get().uri("/v3/api-docs").exchange()));
	}

	/** The document's schema at a $ref, with every component it refers to. */
	private Schema schema(JsonNode document, String ref) {
		ObjectNode schema = this.json.createObjectNode();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.set("components", document.get("components"));
		schema.put("$ref", ref);
		return registry.getSchema(schema.toString());
	}

	private static List<String> problems(Schema schema, JsonNode body) {
		List<String> problems = new ArrayList<>();
		for (Error error : schema.validate(body)) {
			problems.add(error.getInstanceLocation() + ": " + error.getMessage());
		}
		return problems;
	}

}
