package org.sanctuarytracker.export;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;

/**
 * The whole dataset as one zip: every CSV, a Frictionless datapackage.json that describes
 * exactly those files (field names in header order, the data dictionary's descriptions,
 * keys), SNAPSHOT.txt and README.md; and data that keeps the promises the package makes.
 */
@TrackerTest
class DataPackageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldBundleEveryCsvWithItsDescriptionSnapshotAndReadme() {
		MvcTestResult result = download(this.mvc, "/export/dataset.zip");

		assertThat(result).hasStatusOk();
		assertThat(result).contentType().isCompatibleWith(MediaType.parseMediaType("application/zip"));
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".zip");
		Map<String, byte[]> entries = ResearchSupport.unzip(bytes(result));
		List<String> expected = new ArrayList<>(ExportTables.ALL.stream().map(ExportTable::fileName).toList());
		expected.addAll(List.of("datapackage.json", "SNAPSHOT.txt", "README.md"));
		assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		for (ExportTable table : ExportTables.ALL) {
			String text = new String(entries.get(table.fileName()), StandardCharsets.UTF_8);
			assertThat(text).as(table.fileName())
				.doesNotStartWith("\uFEFF")
				.startsWith(String.join(",", table.header()) + "\r\n");
			// The bundle's file is the table's own download at the same snapshot.
			byte[] alone = bytes(download(this.mvc, "/export/{file}?as_of={instant}", table.fileName(),
					result.getResponse().getHeader("X-Snapshot-As-Of")));
			assertThat(entries.get(table.fileName())).as(table.fileName()).isEqualTo(alone);
		}
		String snapshot = new String(entries.get("SNAPSHOT.txt"), StandardCharsets.UTF_8);
		assertThat(snapshot).isEqualTo("as_of=" + result.getResponse().getHeader("X-Snapshot-As-Of") + "\nrevision="
				+ result.getResponse().getHeader("X-Snapshot-Revision") + "\n");
		String readme = new String(entries.get("README.md"), StandardCharsets.UTF_8);
		assertThat(readme).contains(result.getResponse().getHeader("X-Snapshot-As-Of"))
			.contains("/export/dataset.zip?as_of=" + result.getResponse().getHeader("X-Snapshot-As-Of"))
			.contains("How to cite");
	}

	@Test
	void shouldDescribeEachCsvAsAResourceWithTheDataDictionary() {
		Map<String, byte[]> entries = ResearchSupport.unzip(bytes(download(this.mvc, "/export/dataset.zip")));
		JsonNode pack = this.json.readTree(entries.get("datapackage.json"));

		assertThat(pack.get("profile").asString()).isEqualTo("tabular-data-package");
		assertThat(pack.get("name").asString()).matches("[a-z0-9._-]+");
		assertThat(Instant.parse(pack.get("created").asString())).isNotNull();
		// A licence, by its SPDX id and address.
		assertThat(pack.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
		assertThat(pack.get("licenses").get(0).get("path").asString()).startsWith("https://");
		JsonNode resources = pack.get("resources");
		assertThat(resources.isArray()).isTrue();
		assertThat(resources.size()).isEqualTo(ExportTables.ALL.size());

		Map<String, JsonNode> byName = new HashMap<>();
		Set<String> paths = new HashSet<>();
		for (JsonNode resource : resources.values()) {
			byName.put(resource.get("name").asString(), resource);
			paths.add(resource.get("path").asString());
		}
		assertThat(byName).hasSize(ExportTables.ALL.size());
		assertThat(paths)
			.containsExactlyInAnyOrderElementsOf(ExportTables.ALL.stream().map(ExportTable::fileName).toList());

		for (ExportTable table : ExportTables.ALL) {
			JsonNode resource = resources.values()
				.stream()
				.filter((r) -> r.get("path").asString().equals(table.fileName()))
				.findFirst()
				.orElseThrow();
			String path = resource.get("path").asString();
			assertThat(entries).as(path).containsKey(path);
			// Frictionless names: lower case, digits, "-", "_" and ".".
			assertThat(resource.get("name").asString()).as(path).matches("[a-z0-9._-]+");
			assertThat(resource.get("profile").asString()).isEqualTo("tabular-data-resource");
			assertThat(resource.get("format").asString()).isEqualTo("csv");
			assertThat(resource.get("encoding").asString()).isEqualTo("utf-8");
			assertThat(resource.get("dialect").get("lineTerminator").asString()).isEqualTo("\r\n");

			Csv csv = csv(new String(entries.get(path), StandardCharsets.UTF_8));
			JsonNode schema = resource.get("schema");
			List<String> names = schema.get("fields").values().stream().map((f) -> f.get("name").asString()).toList();
			assertThat(names).as(path).containsExactlyElementsOf(csv.header());
			List<String> descriptions = schema.get("fields")
				.values()
				.stream()
				.map((f) -> f.get("description").asString())
				.toList();
			assertThat(descriptions).as(path)
				.containsExactlyElementsOf(table.columns().stream().map(Column::description).toList());
			// Every instant casts under its field's format: "any", read as ISO 8601 (the
			// default format has no fraction of a second, which most of them have).
			for (JsonNode field : schema.get("fields").values()) {
				if (field.get("type").asString().equals("datetime")) {
					assertThat(field.get("format").asString()).as(path).isEqualTo("any");
					String name = field.get("name").asString();
					for (CSVRecord record : csv.records()) {
						assertThat(Instant.parse(record.get(name))).as(path + " " + name).isNotNull();
					}
				}
				if (field.has("constraints") && field.get("constraints").has("unique")) {
					String name = field.get("name").asString();
					assertThat(csv.records().stream().map((r) -> r.get(name)).distinct().count()).as(path + " " + name)
						.isEqualTo(csv.records().size());
				}
			}
			List<String> types = schema.get("fields").values().stream().map((f) -> f.get("type").asString()).toList();
			assertThat(types).as(path).containsExactlyElementsOf(table.columns().stream().map(Column::type).toList());
			assertThat(types).as(path)
				.allMatch(
						(type) -> Set.of("string", "integer", "number", "date", "datetime", "boolean").contains(type));

			JsonNode primaryKey = schema.get("primaryKey");
			assertThat(primaryKey).as(path + " primaryKey").isNotNull();
			List<String> keyFields = primaryKey.isArray()
					? primaryKey.values().stream().map(JsonNode::asString).toList() : List.of(primaryKey.asString());
			assertThat(keyFields).as(path).isNotEmpty().containsExactlyElementsOf(table.primaryKey());
			assertThat(names).as(path).containsAll(keyFields);

			// Absent rather than empty where a table has none: Table Schema wants at
			// least one item in the list.
			JsonNode foreignKeys = schema.path("foreignKeys");
			assertThat(schema.has("foreignKeys")).as(path + " foreignKeys").isEqualTo(!table.foreignKeys().isEmpty());
			assertThat(foreignKeys.isMissingNode() || foreignKeys.isArray()).isTrue();
			assertThat(foreignKeys.size()).as(path).isEqualTo(table.foreignKeys().size());
			for (JsonNode key : foreignKeys.values()) {
				List<String> fields = key.get("fields").values().stream().map(JsonNode::asString).toList();
				assertThat(names).as(path + " foreign key fields").containsAll(fields);
				String referenced = key.get("reference").get("resource").asString();
				// An empty resource name refers to the resource itself.
				JsonNode target = referenced.isEmpty() ? resource : byName.get(referenced);
				assertThat(target).as(path + " references " + referenced).isNotNull();
				List<String> targetFields = target.get("schema")
					.get("fields")
					.values()
					.stream()
					.map((f) -> f.get("name").asString())
					.toList();
				List<String> referencedFields = key.get("reference")
					.get("fields")
					.values()
					.stream()
					.map(JsonNode::asString)
					.toList();
				assertThat(referencedFields).hasSameSizeAs(fields);
				assertThat(targetFields).as(path + " -> " + referenced).containsAll(referencedFields);
			}
			// Every column that names another row (an integer …_id; ocd_id is a
			// division's
			// name) is a foreign key, so a validator checks it; fact_id names rows of
			// several files by fact_type, which a key cannot say.
			List<String> keyed = foreignKeys.values()
				.stream()
				.flatMap((key) -> key.get("fields").values().stream())
				.map(JsonNode::asString)
				.toList();
			assertThat(keyed).as(path + " foreign keys")
				.containsExactlyInAnyOrderElementsOf(IntStream.range(0, names.size())
					.filter((i) -> names.get(i).endsWith("_id") && "integer".equals(types.get(i)))
					.mapToObj(names::get)
					.filter((name) -> !name.equals("fact_id"))
					.toList());
		}
		assertThat(byName.values()
			.stream()
			.filter((r) -> !r.get("schema").path("foreignKeys").isEmpty())
			.map((r) -> r.get("path").asString())).contains("statements.csv", "policies.csv", "citations.csv");
	}

	@Test
	void shouldKeepThePackagesPromisesInTheDemoSnapshot() {
		// The demo dataset's load is the first revision: at that snapshot only the
		// tracker's own data exists, so every declared key, constraint and type must
		// hold.
		String demoLoaded = this.jdbc
			.queryForObject("select revised_at from revision order by id limit 1", Timestamp.class)
			.toInstant()
			.toString();
		Map<String, byte[]> entries = ResearchSupport
			.unzip(bytes(download(this.mvc, "/export/dataset.zip?as_of={instant}", demoLoaded)));

		assertThePackagesPromisesHold(entries);
		Csv jurisdictions = csv(new String(entries.get("jurisdictions.csv"), StandardCharsets.UTF_8));
		assertThat(jurisdictions.column("slug")).contains("chicago-il", "aurora-co", "united-states");
	}

	@Test
	void shouldKeepThePackagesPromisesForRecordsEditorsAdd() {
		String slug = Fixtures.unique("package");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("package-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Package source " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, "Packaged words " + slug);
		long policy = ResearchSupport.createPolicy(this.mvc, slug, source, "Packaged policy " + slug, "provisions",
				"DECLINES_DETAINERS");

		Map<String, byte[]> entries = ResearchSupport.unzip(bytes(download(this.mvc, "/export/dataset.zip")));

		Csv statements = csv(new String(entries.get("statements.csv"), StandardCharsets.UTF_8));
		Csv policies = csv(new String(entries.get("policies.csv"), StandardCharsets.UTF_8));
		Csv jurisdictions = csv(new String(entries.get("jurisdictions.csv"), StandardCharsets.UTF_8));
		Csv sources = csv(new String(entries.get("sources.csv"), StandardCharsets.UTF_8));
		Csv provisions = csv(new String(entries.get("policy_provisions.csv"), StandardCharsets.UTF_8));
		Csv citations = csv(new String(entries.get("citations.csv"), StandardCharsets.UTF_8));
		CSVRecord said = statements.row("id", String.valueOf(statement));
		assertThat(jurisdictions.column("id")).contains(said.get("jurisdiction_id"));
		assertThat(sources.column("id")).contains(said.get("source_id"));
		assertThat(citations.rows()).contains(List.of("statement", String.valueOf(statement), String.valueOf(source)),
				List.of("policy", String.valueOf(policy), String.valueOf(source)));
		assertThat(provisions.rows()).contains(List.of(String.valueOf(policy), "DECLINES_DETAINERS"));
		assertThat(policies.row("id", String.valueOf(policy)).get("jurisdiction_slug")).isEqualTo(slug);
		// Every required field of the records added has a value.
		assertRequiredValues(ExportTables.named("statements"), List.of(said));
		assertRequiredValues(ExportTables.named("policies"), List.of(policies.row("id", String.valueOf(policy))));
		assertRequiredValues(ExportTables.named("jurisdictions"), List.of(jurisdictions.row("slug", slug)));
		assertRequiredValues(ExportTables.named("sources"), List.of(sources.row("id", String.valueOf(source))));
	}

	/**
	 * Checks every declared primary key (unique, present), foreign key (resolves),
	 * required field (has a value), unique field (no value twice), enum (allowed value)
	 * and type (parses) against the data.
	 */
	private void assertThePackagesPromisesHold(Map<String, byte[]> entries) {
		JsonNode pack = this.json.readTree(entries.get("datapackage.json"));
		Map<String, JsonNode> byName = new HashMap<>();
		Map<String, Csv> data = new HashMap<>();
		for (JsonNode resource : pack.get("resources").values()) {
			byName.put(resource.get("name").asString(), resource);
			data.put(resource.get("name").asString(),
					csv(new String(entries.get(resource.get("path").asString()), StandardCharsets.UTF_8)));
		}
		for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
			String name = entry.getKey();
			JsonNode schema = entry.getValue().get("schema");
			Csv csv = data.get(name);
			List<String> key = schema.get("primaryKey").values().stream().map(JsonNode::asString).toList();
			List<List<String>> keys = csv.records().stream().map((row) -> key.stream().map(row::get).toList()).toList();
			assertThat(keys).as(name + " primary key").doesNotHaveDuplicates();

			for (JsonNode field : schema.get("fields").values()) {
				String column = field.get("name").asString();
				JsonNode constraints = field.get("constraints");
				if (constraints != null && constraints.path("unique").asBoolean(false)) {
					assertThat(csv.column(column).stream().filter((value) -> !value.isEmpty()).toList())
						.as(name + "." + column + " is unique")
						.doesNotHaveDuplicates();
				}
				for (CSVRecord row : csv.records()) {
					String value = row.get(column);
					String where = name + "." + column + " at " + row.toList();
					if (constraints != null && constraints.has("required") && constraints.get("required").asBoolean()) {
						assertThat(value).as(where + " is required").isNotEmpty();
					}
					if (value.isEmpty()) {
						continue;
					}
					if (constraints != null && constraints.has("enum")) {
						assertThat(constraints.get("enum").values().stream().map(JsonNode::asString).toList()).as(where)
							.contains(value);
					}
					switch (field.get("type").asString()) {
						case "integer" -> assertThat(value).as(where).matches("-?\\d+");
						case "number" -> assertThat(value).as(where).matches("-?\\d+(\\.\\d+)?");
						case "date" -> assertThat(LocalDate.parse(value)).as(where).isNotNull();
						case "datetime" -> assertThat(Instant.parse(value)).as(where).isNotNull();
						case "boolean" -> assertThat(value).as(where).isIn("true", "false");
						default -> {
						}
					}
				}
			}

			for (JsonNode foreignKey : schema.path("foreignKeys").values()) {
				String fieldName = foreignKey.get("fields").get(0).asString();
				String referenced = foreignKey.get("reference").get("resource").asString();
				String targetField = foreignKey.get("reference").get("fields").get(0).asString();
				Csv target = data.get(referenced.isEmpty() ? name : referenced);
				Set<String> existing = new HashSet<>(target.column(targetField));
				for (CSVRecord row : csv.records()) {
					String value = row.get(fieldName);
					if (!value.isEmpty()) {
						assertThat(existing).as(name + "." + fieldName + " = " + value + " in " + referenced)
							.contains(value);
					}
				}
			}
		}
	}

	private static void assertRequiredValues(ExportTable table, List<CSVRecord> rows) {
		for (Column column : table.columns()) {
			if (column.required()) {
				for (CSVRecord row : rows) {
					assertThat(row.get(column.name())).as(table.name() + "." + column.name() + " is required")
						.isNotEmpty();
				}
			}
		}
	}

}
