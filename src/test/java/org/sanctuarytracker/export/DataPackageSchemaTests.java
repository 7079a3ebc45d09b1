package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.download;

/**
 * datapackage.json is valid against the official Frictionless profiles (Tabular Data
 * Package, and Table Schema for each resource's schema), vendored in
 * src/test/resources/frictionless with their origin.
 */
@TrackerTest
class DataPackageSchemaTests {

	private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldBeAValidTabularDataPackageWithValidTableSchemas() {
		JsonNode pack = this.json.readTree(datapackage());

		assertThat(problems(schema("tabular-data-package.json"), pack)).isEmpty();
		Schema tableSchema = schema("table-schema.json");
		for (JsonNode resource : pack.get("resources").values()) {
			assertThat(problems(tableSchema, resource.get("schema"))).as(resource.get("name").asString()).isEmpty();
		}
	}

	@Test
	void shouldFindWhatTheProfilesForbid() {
		// The defects the package had: a boolean field with an enum of strings, and an
		// empty list of foreign keys. The profiles see them, so a pass above means
		// something.
		ObjectNode pack = (ObjectNode) this.json.readTree(datapackage());
		ObjectNode resource = (ObjectNode) pack.get("resources").get(0);
		ObjectNode schema = (ObjectNode) resource.get("schema");
		schema.putArray("foreignKeys");
		ObjectNode field = (ObjectNode) schema.get("fields").get(0);
		field.put("type", "boolean");
		field.putObject("constraints").putArray("enum").add("true").add("false");

		assertThat(problems(schema("tabular-data-package.json"), pack)).isNotEmpty();
		assertThat(problems(schema("table-schema.json"), schema)).anyMatch((problem) -> problem.contains("foreignKeys"))
			.anyMatch((problem) -> problem.contains("enum"));
	}

	private byte[] datapackage() {
		Map<String, byte[]> entries = ResearchSupport.unzip(bytes(download(this.mvc, "/export/dataset.zip")));
		return entries.get("datapackage.json");
	}

	private static List<String> problems(Schema schema, JsonNode document) {
		List<String> problems = new ArrayList<>();
		for (Error error : schema.validate(document)) {
			problems.add(error.getInstanceLocation() + ": " + error.getMessage());
		}
		return problems;
	}

	private static Schema schema(String file) {
		try (InputStream in = DataPackageSchemaTests.class.getResourceAsStream("/frictionless/" + file)) {
			assertThat(in).as(file).isNotNull();
			return registry.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
