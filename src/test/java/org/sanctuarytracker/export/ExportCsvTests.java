package org.sanctuarytracker.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The CSV downloads a researcher takes away: every table with the data dictionary's
 * header, every value as the database holds it (ids, slugs, verbatim quotes, plain
 * decimals, ISO dates with their precision), the browse pages' filters, spreadsheet
 * formula neutralisation, the Excel byte-order mark, and the snapshot each download
 * names.
 */
@TrackerTest
class ExportCsvTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final Set<String> TIMESTAMPS = Set.of("created_at", "updated_at");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldNameEachDownloadAfterItsTableFiltersAndSnapshotDate() {
		String asOf = this.jdbc.queryForObject(
				"select to_char(max(revised_at) at time zone 'UTC', 'YYYY-MM-DD') from revision", String.class);
		assertThat(this.mvc.get().uri("/export/statements.csv?jurisdiction=chicago-il&q=legal+fund&as_of=" + asOf))
			.hasStatusOk()
			.headers()
			.hasValue("Content-Disposition",
					"attachment; filename=\"statements-jurisdiction-chicago-il-q-legal-fund-as-of-" + asOf + ".csv\"");
		assertThat(this.mvc.get().uri("/export/dataset.zip")).hasStatusOk()
			.headers()
			.containsHeader("Content-Disposition");
	}

	@Test
	void shouldBuildADownloadAddressFromTheExportPageForm() {
		String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		assertThat(this.mvc.get()
			.uri("/export")
			.param("table", "statements")
			.param("jurisdiction", "chicago-il")
			.param("q", "a b")
			.param("from", "2016-01-01")
			.param("as_of", now)
			.param("excel", "true")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"statements\" selected=\"selected\">")
			.contains(
					"value=\"http://localhost/export/statements.csv?jurisdiction=chicago-il&amp;q=a+b&amp;from=2016-01-01&amp;as_of="
							+ now.replace(":", "%3A") + "&amp;excel=true\"")
			.contains("Download statements-jurisdiction-chicago-il-q-a-b-from-2016-01-01-as-of-")
			// The builder keeps what was asked, each field named by its label.
			.contains("<label class=\"form-label\" for=\"b-jurisdiction\">")
			.containsPattern("id=\"b-jurisdiction\" name=\"jurisdiction\"\\s+maxlength=\"100\"\\s+value=\"chicago-il\"")
			.containsPattern("type=\"date\" id=\"b-from\" name=\"from\"\\s+value=\"2016-01-01\"")
			.containsPattern("id=\"b-q\" name=\"q\"\\s+maxlength=\"200\"\\s+value=\"a b\"");
		assertThat(this.mvc.get().uri("/export?table=nothing")).hasStatus(400)
			.bodyText()
			.contains("There is no table “nothing” to download.");
		assertThat(this.mvc.get().uri("/export?table=statements&as_of=yesterday")).hasStatus(400);
		assertThat(this.mvc.get().uri("/export")).hasStatusOk().bodyText().contains("Build the download");
	}

	@Test
	void shouldDownloadEveryTableAsCsvWithTheDataDictionaryHeader() {
		for (ExportTable table : ExportTables.ALL) {
			MvcTestResult result = download(this.mvc, "/export/{file}", table.fileName());

			assertThat(result).as(table.fileName()).hasStatusOk();
			assertThat(result).as(table.fileName()).contentType().isCompatibleWith(CSV);
			assertThat(result.getResponse().getContentType()).as(table.fileName()).containsIgnoringCase("utf-8");
			assertThat(result.getResponse().getHeader("Content-Disposition")).as(table.fileName())
				.startsWith("attachment")
				.containsPattern("filename=\"" + table.name() + "-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
			String body = text(result);
			assertThat(body).as(table.fileName()).doesNotStartWith("\uFEFF");
			// RFC 4180: CRLF after every record, the header included.
			assertThat(body).as(table.fileName())
				.startsWith(String.join(",", table.header()) + "\r\n")
				.endsWith("\r\n");
			Csv csv = csv(body);
			assertThat(csv.header()).as(table.fileName())
				.containsExactlyElementsOf(table.columns().stream().map(Column::name).toList());
			csv.records()
				.forEach((record) -> assertThat(record.isConsistent()).as(table.fileName() + " line " + record)
					.isTrue());
		}
	}

	@Test
	void shouldListEveryColumnOfEveryTableOnTheExportPage() {
		String page = text(this.mvc.get().uri("/export").exchange());
		for (ExportTable table : ExportTables.ALL) {
			assertThat(page).contains(table.fileName());
			for (Column column : table.columns()) {
				assertThat(page).as(table.name() + "." + column.name()).contains(column.name());
			}
		}
	}

	@Test
	void shouldExportJurisdictionsAsTheDatabaseHoldsThem() {
		String slug = Fixtures.unique("export-town");
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "population", "2746388",
				"populationYear", "2020", "latitude", "41.878114", "longitude", "-87.629798", "summary",
				"A town made for the export tests", "status", "SANCTUARY", "statusRationale",
				"The council said so, in \"plain\" words, twice", "statusAsOf", "2025-01", "sourceIds",
				String.valueOf(ResearchSupport.createSource(this.mvc, "Council minutes " + slug)));

		Csv csv = csv(download(this.mvc, "/export/jurisdictions.csv"));

		assertEveryRowMatchesTheDatabase(ExportTables.named("jurisdictions"), csv, """
				select j.id, j.slug, j.name, j.kind, j.state_code, j.parent_id, p.slug, j.geoid, j.ocd_id,
				       j.population, j.population_year, j.latitude, j.longitude, j.status, j.status_rationale,
				       j.status_as_of, j.status_as_of_precision, j.summary, j.created_at, j.updated_at
				from jurisdiction j left join jurisdiction p on p.id = j.parent_id where j.id = ?""");
		CSVRecord mine = csv.row("id", String.valueOf(id));
		assertThat(mine.get("slug")).isEqualTo(slug);
		assertThat(mine.get("state_code")).isEqualTo("ZZ");
		assertThat(mine.get("population")).isEqualTo("2746388");
		assertThat(mine.get("latitude")).isEqualTo("41.878114");
		assertThat(mine.get("longitude")).isEqualTo("-87.629798");
		assertThat(mine.get("status")).isEqualTo("SANCTUARY");
		assertThat(mine.get("status_as_of")).isEqualTo("2025-01-01");
		assertThat(mine.get("status_as_of_precision")).isEqualTo("MONTH");
		assertThat(mine.get("status_rationale")).isEqualTo("The council said so, in \"plain\" words, twice");

		CSVRecord chicago = csv.row("slug", "chicago-il");
		assertThat(chicago.get("name")).isEqualTo("Chicago");
		assertThat(chicago.get("kind")).isEqualTo("CITY");
		assertThat(chicago.get("state_code")).isEqualTo("IL");
		assertThat(chicago.get("parent_slug")).isEqualTo("illinois");
		assertThat(chicago.get("parent_id")).isEqualTo(csv.row("slug", "illinois").get("id"));
		assertThat(chicago.get("geoid")).isEqualTo("1714000");
		assertThat(chicago.get("longitude")).isEqualTo("-87.629798");
		assertThat(chicago.get("status")).isEqualTo("SANCTUARY");
		assertThat(chicago.get("status_as_of")).isEqualTo("2024-11-01");
		assertThat(chicago.get("status_as_of_precision")).isEqualTo("MONTH");
		// GEOIDs are text: a state's leading zero stays.
		assertThat(csv.row("slug", "california").get("geoid")).isEqualTo("06");
		// The nation has no state and no parent: empty cells, not "null".
		CSVRecord nation = csv.row("slug", "united-states");
		assertThat(nation.get("state_code")).isEmpty();
		assertThat(nation.get("parent_id")).isEmpty();
		assertThat(nation.get("parent_slug")).isEmpty();
	}

	@Test
	void shouldExportStatementsAsTheDatabaseHoldsThemWithQuotesVerbatim() {
		String slug = Fixtures.unique("export-quotes");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("export-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Transcript " + slug);
		String quote = "We said, \"no\" – and we meant it; «toujours» " + slug;
		String context = "First line, with a comma\r\nSecond line with \"quotes\"";
		long id = ResearchSupport.createStatement(this.mvc, slug, person, source, quote, "context", context, "statedOn",
				"2024-11-19", "speakerTitle", "Mayor", "stance", "SUPPORTS_SANCTUARY");

		MvcTestResult result = download(this.mvc, "/export/statements.csv");
		Csv csv = csv(result);

		assertEveryRowMatchesTheDatabase(ExportTables.named("statements"), csv, """
				select s.id, s.person_id, p.slug, s.speaker_title, s.jurisdiction_id, j.slug, s.stated_on,
				       s.stated_on_precision, s.kind, s.quote, s.context, s.reported_by, s.stance, s.source_id,
				       s.created_at, s.updated_at
				from statement s join person p on p.id = s.person_id join jurisdiction j on j.id = s.jurisdiction_id
				where s.id = ?""");
		CSVRecord mine = csv.row("id", String.valueOf(id));
		assertThat(mine.get("quote")).isEqualTo(quote);
		assertThat(mine.get("context"))
			.isEqualTo(this.jdbc.queryForObject("select context from statement where id = ?", String.class, id));
		assertThat(mine.get("person_slug")).isEqualTo(person);
		assertThat(mine.get("jurisdiction_slug")).isEqualTo(slug);
		assertThat(mine.get("speaker_title")).isEqualTo("Mayor");
		assertThat(mine.get("stated_on")).isEqualTo("2024-11-19");
		assertThat(mine.get("stated_on_precision")).isEqualTo("DAY");
		assertThat(mine.get("stance")).isEqualTo("SUPPORTS_SANCTUARY");
		assertThat(mine.get("source_id")).isEqualTo(String.valueOf(source));
		// RFC 4180: a cell with quotes is quoted, its quotes doubled.
		assertThat(text(result)).contains("\"We said, \"\"no\"\" – and we meant it; «toujours» " + slug + "\"");

		CSVRecord rahm = csv.row("quote", "It always will be a sanctuary city");
		assertThat(rahm.get("person_slug")).isEqualTo("rahm-emanuel");
		assertThat(rahm.get("jurisdiction_slug")).isEqualTo("chicago-il");
		// The article does not say when he said it: no date, the source's stands.
		assertThat(rahm.get("stated_on")).isEmpty();
		assertThat(rahm.get("stated_on_precision")).isEmpty();
		assertThat(rahm.get("kind")).isEqualTo("QUOTE");
		assertThat(rahm.get("stance")).isEqualTo("SUPPORTS_SANCTUARY");
		// The demo's curly apostrophes and the " […] " marks come through untouched.
		assertThat(csv.column("quote"))
			.anyMatch((q) -> q.startsWith("We’re not going to bend or break") && q.contains(" […] "));
	}

	@Test
	void shouldExportWhenEachRecordWasCreatedAndLastChanged() {
		String slug = Fixtures.unique("export-stamps");
		long jurisdiction = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("export-speaker");
		long personId = ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Stamped source " + slug);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, "Stamped words " + slug);
		ResearchSupport.editQuote(this.mvc, this.jdbc, statement, "Stamped words, corrected " + slug,
				"Corrected the quote");
		long policy = ResearchSupport.createPolicy(this.mvc, slug, source, "Stamped policy " + slug);

		Map<String, Long> records = Map.of("jurisdiction", jurisdiction, "person", personId, "source", source,
				"statement", statement, "policy", policy);
		Map<String, String> files = Map.of("jurisdiction", "jurisdictions.csv", "person", "people.csv", "source",
				"sources.csv", "statement", "statements.csv", "policy", "policies.csv");
		for (Map.Entry<String, Long> record : records.entrySet()) {
			Map<String, Object> stamps = this.jdbc.queryForMap(
					"select created_at, updated_at from " + record.getKey() + " where id = ?", record.getValue());
			CSVRecord exported = csv(download(this.mvc, "/export/{file}", files.get(record.getKey()))).row("id",
					String.valueOf(record.getValue()));
			assertThat(exported.get("created_at")).as(record.getKey() + " created_at")
				.isEqualTo(((Timestamp) stamps.get("created_at")).toInstant().toString());
			assertThat(exported.get("updated_at")).as(record.getKey() + " updated_at")
				.isEqualTo(((Timestamp) stamps.get("updated_at")).toInstant().toString());
		}
		CSVRecord edited = csv(download(this.mvc, "/export/statements.csv")).row("id", String.valueOf(statement));
		assertThat(Instant.parse(edited.get("updated_at"))).isAfter(Instant.parse(edited.get("created_at")));
	}

	@Test
	void shouldExportPoliciesWithPlainDecimalAmountsDatesProvisionsAndSources() {
		String slug = Fixtures.unique("export-policies");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		long source = ResearchSupport.createSource(this.mvc, "Ordinance text " + slug);
		long id = ResearchSupport.createPolicy(this.mvc, slug, source, "Welcoming city ordinance " + slug, "adoptedOn",
				"1987-03", "effectiveOn", "1987-04-15", "vote", "12-3", "amountUsd", "250000", "provisions",
				"LEGAL_DEFENSE_FUND");
		Csv csv = csv(download(this.mvc, "/export/policies.csv"));

		assertEveryRowMatchesTheDatabase(ExportTables.named("policies"), csv,
				"""
						select po.id, po.jurisdiction_id, j.slug, po.instrument, po.status, po.title, po.summary,
						       po.adopted_on, po.adopted_on_precision, po.effective_on, po.effective_on_precision,
						       po.ended_on, po.ended_on_precision, po.vote, po.amount_usd, po.amount_qualifier, po.carve_outs,
						       (select string_agg(provision, ';') from policy_provision where policy_id = po.id),
						       (select string_agg(source_id::text, ';') from policy_citation where policy_id = po.id),
						       (select string_agg(jurisdiction_id::text, ';' order by jurisdiction_id) from policy_target where policy_id = po.id),
						       po.created_at, po.updated_at
						from policy po join jurisdiction j on j.id = po.jurisdiction_id where po.id = ?""");
		CSVRecord mine = csv.row("id", String.valueOf(id));
		assertThat(mine.get("amount_usd")).isEqualTo("250000.00");
		assertThat(mine.get("adopted_on")).isEqualTo("1987-03-01");
		assertThat(mine.get("adopted_on_precision")).isEqualTo("MONTH");
		assertThat(mine.get("effective_on")).isEqualTo("1987-04-15");
		assertThat(mine.get("effective_on_precision")).isEqualTo("DAY");
		assertThat(mine.get("ended_on")).isEmpty();
		assertThat(mine.get("ended_on_precision")).isEmpty();
		assertThat(mine.get("vote")).isEqualTo("12-3");
		assertThat(mine.get("provisions")).isEqualTo("LEGAL_DEFENSE_FUND");
		assertThat(mine.get("source_ids")).isEqualTo(String.valueOf(source));

		CSVRecord fund = csv.row("title", "Legal defense fund for immigrants facing deportation");
		assertThat(fund.get("jurisdiction_slug")).isEqualTo("chicago-il");
		assertThat(fund.get("amount_usd")).isEqualTo("1300000.00");
		assertThat(fund.get("adopted_on")).isEqualTo("2016-01-01");
		assertThat(fund.get("adopted_on_precision")).isEqualTo("YEAR");
		assertThat(fund.get("instrument")).isEqualTo("BUDGET_MEASURE");
		// No amount is ever written in scientific notation or with thousands separators.
		assertThat(csv.column("amount_usd")).allMatch((amount) -> amount.isEmpty() || amount.matches("\\d+\\.\\d{2}"));
	}

	@Test
	void shouldExportEveryCitationOfEveryFactAndOnlyCitationsTheDatabaseHolds() {
		String slug = Fixtures.unique("export-citations");
		ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("export-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long first = ResearchSupport.createSource(this.mvc, "First source " + slug);
		long second = ResearchSupport.createSource(this.mvc, "Second source " + slug);
		long policy = ResearchSupport.createPolicy(this.mvc, slug, first, "Two-source policy " + slug);
		// A second citation, added through the edit form.
		Map<String, Object> current = this.jdbc.queryForMap("select version from policy where id = ?", policy);
		assertThat(this.mvc.post()
			.uri("/policies/{id}/edit", policy)
			.with(csrf())
			.with(EditingSupport.editor(ResearchSupport.newEditor()))
			.params(EditingSupport.form("jurisdiction", slug, "instrument", "ORDINANCE", "status", "ENACTED", "title",
					"Two-source policy " + slug, "editSummary", "Cited the second source", "version",
					String.valueOf(current.get("version"))))
			.param("sourceIds", String.valueOf(first), String.valueOf(second))).hasStatus(HttpStatus.FOUND);
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, second, "Cited words " + slug);

		Csv citations = csv(download(this.mvc, "/export/citations.csv"));
		Csv policies = csv(download(this.mvc, "/export/policies.csv"));
		Csv statements = csv(download(this.mvc, "/export/statements.csv"));

		Set<List<String>> database = new HashSet<>(this.jdbc.query("""
				select 'jurisdiction_status', jurisdiction_id, source_id from jurisdiction_citation
				union all select 'policy', policy_id, source_id from policy_citation
				union all select 'statement', id, source_id from statement
				union all select 'funding_exposure', funding_exposure_id, source_id from funding_exposure_citation
				union all select 'indicator', indicator_id, source_id from indicator_citation
				union all select 'designation', designation_id, source_id from designation_citation
				union all select 'person_term', id, source_id from person_term
				union all select 'person_party', id, party_source_id from person where party_source_id is not null""",
				(row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3))));
		List<List<String>> exported = citations.rows();
		assertThat(exported).isNotEmpty().doesNotHaveDuplicates();
		assertThat(database).containsAll(exported);
		assertThat(exported).contains(List.of("policy", String.valueOf(policy), String.valueOf(first)),
				List.of("policy", String.valueOf(policy), String.valueOf(second)),
				List.of("statement", String.valueOf(statement), String.valueOf(second)));
		assertThat(citations.column("fact_type")).allMatch(
				(type) -> Set
					.of("jurisdiction_status", "policy", "statement", "funding_exposure", "indicator", "designation",
							"person_term", "person_party")
					.contains(type));
		// The files agree with each other: every statement's source and every policy's
		// source_ids are citations.
		for (CSVRecord row : statements.records()) {
			assertThat(exported).contains(List.of("statement", row.get("id"), row.get("source_id")));
		}
		for (CSVRecord row : policies.records()) {
			for (String sourceId : row.get("source_ids").split(";")) {
				if (!sourceId.isEmpty()) {
					assertThat(exported).contains(List.of("policy", row.get("id"), sourceId));
				}
			}
		}
		assertThat(policies.row("id", String.valueOf(policy)).get("source_ids")).isEqualTo(first + ";" + second);
	}

	@Test
	void shouldApplyTheBrowseFiltersToTheDownloads() {
		Csv all = csv(download(this.mvc, "/export/jurisdictions.csv"));
		Csv illinoisSanctuaries = csv(download(this.mvc, "/export/jurisdictions.csv?state=IL&status=SANCTUARY"));
		assertThat(illinoisSanctuaries.column("slug")).contains("chicago-il").doesNotContain("illinois", "aurora-co");
		assertThat(illinoisSanctuaries.column("state_code")).containsOnly("IL");
		assertThat(illinoisSanctuaries.column("status")).containsOnly("SANCTUARY");
		assertThat(illinoisSanctuaries.rows()).containsExactlyElementsOf(all.records()
			.stream()
			.filter((row) -> row.get("state_code").equals("IL") && row.get("status").equals("SANCTUARY"))
			.map(CSVRecord::toList)
			.toList());
		// State codes are read in either case.
		assertThat(csv(download(this.mvc, "/export/jurisdictions.csv?state=il&status=SANCTUARY")).rows())
			.isEqualTo(illinoisSanctuaries.rows());

		Csv sanctuaryStatements = csv(download(this.mvc, "/export/statements.csv?q=sanctuary"));
		assertThat(sanctuaryStatements.column("quote")).contains("It always will be a sanctuary city")
			.doesNotContain("If you’re not going to help us, get the hell out of the way because we’re going to do it");
		assertThat(sanctuaryStatements.records())
			.allMatch((row) -> (row.get("quote") + " " + row.get("context")).toLowerCase().contains("sanctuar"));

		Csv allPolicies = csv(download(this.mvc, "/export/policies.csv"));
		Csv chicagoPolicies = csv(download(this.mvc, "/export/policies.csv?jurisdiction=chicago-il"));
		assertThat(chicagoPolicies.records()).isNotEmpty();
		assertThat(chicagoPolicies.column("jurisdiction_slug")).containsOnly("chicago-il");
		assertThat(chicagoPolicies.column("amount_usd")).contains("1300000.00");
		assertThat(chicagoPolicies.rows()).containsExactlyElementsOf(allPolicies.records()
			.stream()
			.filter((row) -> row.get("jurisdiction_slug").equals("chicago-il"))
			.map(CSVRecord::toList)
			.toList());

		Csv chicagoStatements = csv(download(this.mvc, "/export/statements.csv?jurisdiction=chicago-il"));
		assertThat(chicagoStatements.column("jurisdiction_slug")).containsOnly("chicago-il");
		assertThat(chicagoStatements.column("quote")).contains("It always will be a sanctuary city");

		assertThat(this.mvc.get().uri("/export/jurisdictions.csv?status=BOGUS")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/export/jurisdictions.csv?state=Illinois")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldNeutraliseTextASpreadsheetWouldRunButNeverNumbersOrCodes() {
		String slug = Fixtures.unique("export-formulas");
		long jurisdiction = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "latitude", "-33.868820",
				"longitude", "-87.629798", "summary", "@SUM(1+1) summary " + slug);
		String person = Fixtures.unique("export-speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "=HYPERLINK(\"https://evil.example\",\"x\") " + slug);
		String quote = "=HYPERLINK(\"https://evil.example\",\"click\") " + slug;
		long statement = ResearchSupport.createStatement(this.mvc, slug, person, source, quote, "context",
				"-2+3 context " + slug, "speakerTitle", "+Mayor");
		long policy = ResearchSupport.createPolicy(this.mvc, slug, source, "+1 policy " + slug, "vote", "-5",
				"carveOuts", "@everyone " + slug);

		Csv jurisdictions = csv(download(this.mvc, "/export/jurisdictions.csv"));
		CSVRecord town = jurisdictions.row("id", String.valueOf(jurisdiction));
		assertThat(town.get("summary")).isEqualTo("'@SUM(1+1) summary " + slug);
		assertThat(town.get("latitude")).isEqualTo("-33.868820");
		assertThat(town.get("longitude")).isEqualTo("-87.629798");
		assertThat(jurisdictions.row("slug", "chicago-il").get("longitude")).isEqualTo("-87.629798");

		Csv statements = csv(download(this.mvc, "/export/statements.csv"));
		CSVRecord said = statements.row("id", String.valueOf(statement));
		assertThat(said.get("quote")).isEqualTo("'" + quote);
		assertThat(said.get("context")).isEqualTo("'-2+3 context " + slug);
		assertThat(said.get("speaker_title")).isEqualTo("'+Mayor");
		// The database keeps the words as typed; only the file guards them.
		assertThat(this.jdbc.queryForObject("select quote from statement where id = ?", String.class, statement))
			.isEqualTo(quote);

		CSVRecord ordinance = csv(download(this.mvc, "/export/policies.csv")).row("id", String.valueOf(policy));
		assertThat(ordinance.get("title")).isEqualTo("'+1 policy " + slug);
		assertThat(ordinance.get("vote")).isEqualTo("'-5");
		assertThat(ordinance.get("carve_outs")).isEqualTo("'@everyone " + slug);

		CSVRecord cited = csv(download(this.mvc, "/export/sources.csv")).row("id", String.valueOf(source));
		assertThat(cited.get("title")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"x\") " + slug);

		// No free-text cell anywhere starts with a formula character once written.
		for (ExportTable table : ExportTables.ALL) {
			Csv csv = csv(download(this.mvc, "/export/{file}", table.fileName()));
			for (Column column : table.columns()) {
				if (column.type().equals("string") && column.allowed().isEmpty()) {
					assertThat(csv.column(column.name())).as(table.name() + "." + column.name())
						.noneMatch((value) -> !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0);
				}
				if (!column.type().equals("string")) {
					assertThat(csv.column(column.name())).as(table.name() + "." + column.name())
						.noneMatch((value) -> value.startsWith("'"));
				}
			}
		}
	}

	@Test
	void shouldStartTheFileWithAByteOrderMarkForExcelOnly() {
		byte[] excel = bytes(download(this.mvc, "/export/statements.csv?excel=true"));
		assertThat(Arrays.copyOf(excel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String header = String.join(",", ExportTables.named("statements").header());
		assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8)).startsWith(header + "\r\n");

		byte[] plain = bytes(download(this.mvc, "/export/statements.csv"));
		assertThat(plain[0]).isEqualTo((byte) 'i');
		assertThat(Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
		assertThat(bytes(download(this.mvc, "/export/statements.csv?excel=false"))).isEqualTo(plain);
	}

	@Test
	void shouldAnswer404ForAnUnknownTable() {
		assertThat(this.mvc.get().uri("/export/nope.csv")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/export/revision.csv")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/export/account.csv")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldAnswer400ForAMomentThatIsNotOne() {
		MvcTestResult bogus = download(this.mvc, "/export/jurisdictions.csv?as_of=bogus");
		assertThat(bogus).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(text(bogus)).contains("as_of").contains("bogus");
		assertThat(this.mvc.get().uri("/export/jurisdictions.csv?as_of=2025-13-45")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/export/jurisdictions.csv?updated_since=yesterday"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/export/jurisdictions.csv?as_of=2999-01-01")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/export/dataset.zip?as_of=bogus")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldNameTheSnapshotOfEveryDownload() {
		MvcTestResult result = download(this.mvc, "/export/jurisdictions.csv");

		String asOf = result.getResponse().getHeader("X-Snapshot-As-Of");
		String revision = result.getResponse().getHeader("X-Snapshot-Revision");
		assertThat(asOf).isNotBlank();
		assertThat(revision).isNotBlank();
		Map<String, Object> newest = this.jdbc
			.queryForMap("select id, revised_at from revision order by id desc limit 1");
		assertThat(Long.parseLong(revision)).isEqualTo(((Number) newest.get("id")).longValue());
		assertThat(Instant.parse(asOf)).isEqualTo(((Timestamp) newest.get("revised_at")).toInstant());

		MvcTestResult zip = download(this.mvc, "/export/dataset.zip");
		assertThat(zip.getResponse().getHeader("X-Snapshot-As-Of")).isEqualTo(asOf);
		assertThat(zip.getResponse().getHeader("X-Snapshot-Revision")).isEqualTo(revision);
	}

	/**
	 * Every exported row equals the database's row, read afresh from the live tables and
	 * written in the export's documented formats.
	 */
	private void assertEveryRowMatchesTheDatabase(ExportTable table, Csv csv, String sql) {
		assertThat(csv.records()).isNotEmpty();
		List<String> ids = csv.column("id");
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ids.stream().map(Long::valueOf).toList()).isSorted();
		for (CSVRecord record : csv.records()) {
			List<List<String>> expected = this.jdbc.query(sql, (row, n) -> expectedRow(table.columns(), row),
					Long.valueOf(record.get("id")));
			assertThat(expected).as(table.name() + " " + record.get("id") + " is in the database").hasSize(1);
			List<String> actual = record.toList();
			for (int i = 0; i < table.columns().size(); i++) {
				String name = table.columns().get(i).name();
				String want = expected.get(0).get(i);
				if (TIMESTAMPS.contains(name)) {
					// Checked on their own: see
					// shouldExportWhenEachRecordWasCreatedAndLastChanged.
					continue;
				}
				if (name.equals("provisions") || name.equals("source_ids")) {
					assertThat(parts(actual.get(i))).as(table.name() + " " + record.get("id") + " " + name)
						.isEqualTo(parts(want));
				}
				else {
					assertThat(actual.get(i)).as(table.name() + " " + record.get("id") + " " + name).isEqualTo(want);
				}
			}
		}
	}

	private static Set<String> parts(String list) {
		return new TreeSet<>(list.isEmpty() ? List.of() : Arrays.asList(list.split(";")));
	}

	/** A database row as the export's documented formats write it. */
	private static List<String> expectedRow(List<Column> columns, ResultSet row) throws SQLException {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			int index = i + 1;
			String value = switch (column.type()) {
				case "integer" -> {
					Object number = row.getObject(index);
					yield (number != null) ? String.valueOf(((Number) number).longValue()) : "";
				}
				case "number" -> {
					BigDecimal number = row.getBigDecimal(index);
					yield (number != null) ? number.toPlainString() : "";
				}
				case "date" -> {
					LocalDate date = row.getObject(index, LocalDate.class);
					yield (date != null) ? date.toString() : "";
				}
				case "datetime" -> {
					OffsetDateTime instant = row.getObject(index, OffsetDateTime.class);
					yield (instant != null) ? instant.toInstant().toString() : "";
				}
				case "boolean" -> {
					Object flag = row.getObject(index);
					yield (flag != null) ? flag.toString() : "";
				}
				default -> {
					String text = row.getString(index);
					if (text == null) {
						yield "";
					}
					boolean freeText = column.allowed().isEmpty();
					yield (freeText && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
				}
			};
			values.add(value);
		}
		return values;
	}

}
