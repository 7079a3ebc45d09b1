package org.sanctuarytracker.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarytracker.export.ExportTables;
import org.sanctuarytracker.support.EditingSupport;
import org.sanctuarytracker.support.Fixtures;
import org.sanctuarytracker.support.ResearchSupport;
import org.sanctuarytracker.support.ResearchSupport.Csv;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.ResearchSupport.bytes;
import static org.sanctuarytracker.support.ResearchSupport.csv;
import static org.sanctuarytracker.support.ResearchSupport.download;
import static org.sanctuarytracker.support.ResearchSupport.text;
import static org.sanctuarytracker.support.ResearchSupport.unescape;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The editors' bulk import: an exported file imported back changes nothing; a dry run
 * writes nothing and says what would be created, updated and rejected, with line numbers
 * and reasons; a commit applies every row as one revision with the editor's summary, or
 * none; files that are not a CSV in an export's columns are refused with a clear message.
 */
@TrackerTest
class ImportTests {

	private static final String STATEMENT_HEADER = "person_slug,jurisdiction_slug,stated_on,stated_on_precision,quote,stance,source_id";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldChangeNothingWhenAnExportIsImportedBackThenApplyOneChangedQuote() {
		Place place = place("round-trip");
		String formula = "=1+1 is two, they said " + place.slug();
		long guarded = ResearchSupport.createStatement(this.mvc, place.slug(), place.person(), place.source(), formula);
		String quote = "Words to be corrected " + place.slug();
		long changing = ResearchSupport.createStatement(this.mvc, place.slug(), place.person(), place.source(), quote,
				"context", "Said twice, with \"emphasis\",\nin two lines");

		byte[] exported = bytes(download(this.mvc, "/export/statements.csv"));
		Csv csv = csv(new String(exported, StandardCharsets.UTF_8));
		assertThat(csv.row("id", String.valueOf(guarded)).get("quote")).isEqualTo("'" + formula);
		int rows = csv.records().size();

		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		long revisionBefore = newestRevision();
		Preview same = dryRun(session, username, "statements", "statements.csv", exported);
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.created()).isZero();
		assertThat(same.updated()).isZero();
		assertThat(same.rejected()).isZero();
		assertThat(same.unchanged()).isEqualTo(rows);
		// Nothing to do, nothing to commit.
		assertThat(same.token()).isNull();

		// The spreadsheet flavour, with its byte-order mark, reads the same.
		byte[] excel = bytes(download(this.mvc, "/export/statements.csv?excel=true"));
		Preview sameFromExcel = dryRun(new MockHttpSession(), username, "statements", "statements.csv", excel);
		assertThat(sameFromExcel.unchanged()).isEqualTo(rows);
		assertThat(sameFromExcel.created() + sameFromExcel.updated() + sameFromExcel.rejected()).isZero();

		String corrected = "Words corrected by import " + place.slug();
		List<List<String>> changed = new ArrayList<>();
		int changedLine = 0;
		for (int i = 0; i < csv.records().size(); i++) {
			CSVRecord record = csv.records().get(i);
			List<String> values = new ArrayList<>(record.toList());
			if (record.get("id").equals(String.valueOf(changing))) {
				values.set(csv.header().indexOf("quote"), corrected);
				changedLine = (int) record.getRecordNumber() + 1;
			}
			changed.add(values);
		}
		Preview oneUpdate = dryRun(session, username, "statements", "statements.csv",
				ResearchSupport.write(csv.header(), changed));
		assertThat(oneUpdate.status()).isEqualTo(200);
		assertThat(oneUpdate.updated()).isEqualTo(1);
		assertThat(oneUpdate.created()).isZero();
		assertThat(oneUpdate.rejected()).isZero();
		assertThat(oneUpdate.unchanged()).isEqualTo(rows - 1);
		assertThat(oneUpdate.changes()).hasSize(1);
		assertThat(oneUpdate.changes().get(0).subList(0, 3)).containsExactly(String.valueOf(changedLine), "update",
				corrected);
		assertThat(oneUpdate.changes().get(0).get(3)).startsWith("quote: “").endsWith("” → “" + corrected + "”");
		assertThat(oneUpdate.token()).isNotBlank();
		// The dry run wrote nothing.
		assertThat(quoteOf(changing)).isEqualTo(quote);
		assertThat(newestRevision()).isEqualTo(revisionBefore);

		String summary = "Corrected a quote from the recording " + place.slug();
		MvcTestResult committed = commit(session, username, oneUpdate.token(), summary);
		assertThat(committed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/changes");
		assertThat(committed).flash().containsEntry("message", "import.done");

		assertThat(quoteOf(changing)).isEqualTo(corrected);
		assertThat(quoteOf(guarded)).isEqualTo(formula);
		assertThat(this.jdbc.queryForObject("select context from statement where id = ?", String.class, changing))
			.isEqualTo("Said twice, with \"emphasis\",\nin two lines");
		assertThat(newestRevision()).isEqualTo(revisionBefore + 1);
		Map<String, Object> revision = this.jdbc.queryForMap("select username, summary from revision where id = ?",
				revisionBefore + 1);
		assertThat(revision).containsEntry("username", username).containsEntry("summary", summary);
		assertThat(text(this.mvc.get().uri("/changes").exchange())).contains(summary);
		assertThat(csv(download(this.mvc, "/export/statements.csv")).row("id", String.valueOf(changing)).get("quote"))
			.isEqualTo(corrected);

		// The dry run is used up: committing it again is refused.
		assertThat(commit(session, username, oneUpdate.token(), summary)).hasStatus(HttpStatus.CONFLICT);
		assertThat(newestRevision()).isEqualTo(revisionBefore + 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jurisdictions", "policies", "statements", "funding_exposures", "indicators", "sources",
			"person_terms" })
	void shouldFindEveryRowOfAnExportUnchanged(String table) {
		byte[] exported = bytes(download(this.mvc, "/export/{table}.csv", table));
		int rows = csv(new String(exported, StandardCharsets.UTF_8)).records().size();
		long revisionBefore = newestRevision();

		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), table, table + ".csv", exported);

		if (rows == 0) {
			assertThat(preview.status()).isEqualTo(400);
			assertThat(preview.text()).contains("The file has a header but no rows");
			return;
		}
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.rejections()).isEmpty();
		assertThat(preview.changes()).isEmpty();
		assertThat(preview.unchanged()).isEqualTo(rows);
		assertThat(newestRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void shouldImportTermsOfOfficeWithThePersonFormsChecks() {
		Place place = place("terms");
		String source = String.valueOf(place.source());
		String header = "person_slug,title,jurisdiction_slug,held_from,held_from_precision,held_to,held_to_precision,source_id\r\n";
		String username = ResearchSupport.newEditor();

		String bad = header + String.join(",", place.person(), "", place.slug(), "", "", "", "", source) + "\r\n"
				+ String.join(",", place.person(), "Mayor", "", "2020-01-01", "YEAR", "2019-01-01", "YEAR", source)
				+ "\r\n" + String.join(",", place.person(), "Mayor", "", "", "", "", "", "") + "\r\n"
				// A row that names its person and nothing else (the person form passes
				// over
				// an empty term row; a file's row is a term).
				+ String.join(",", place.person(), "", "", "", "", "", "", "") + "\r\n";
		Preview refused = dryRun(new MockHttpSession(), username, "person_terms", "bad.csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.rejected()).isEqualTo(4);
		assertThat(refused.rejections()).extracting(Rejection::reasons)
			.containsExactly(List.of("title: A title is required"), List.of("held_to: Cannot end before it began"),
					List.of("source_id: A source number is required"), List.of("title: A title is required"));

		String file = header + String.join(",", place.person(), "Mayor", place.slug(), "2019-01-01", "YEAR",
				"2023-05-01", "MONTH", source) + "\r\n";
		MockHttpSession session = new MockHttpSession();
		Preview preview = dryRun(session, username, "person_terms", "terms.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).isZero();
		assertThat(preview.created()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from person_term t join person p on p.id = t.person_id where p.slug = ?", Long.class,
				place.person()))
			.as("a dry run writes nothing")
			.isZero();
		assertThat(commit(session, username, preview.token(), "Imported the mayoralty")).hasStatus(HttpStatus.FOUND);
		assertThat(text(this.mvc.get().uri("/people/{slug}", place.person()).exchange()))
			.contains("from 2019 to May 2023");
		long person = this.jdbc.queryForObject("select id from person where slug = ?", Long.class, place.person());
		assertThat(text(this.mvc.get().uri("/history/people/{id}", person).exchange()))
			.as("the person's history shows the imported term")
			.contains("Imported the mayoralty")
			.contains("<ins>Mayor, " + EditingSupport.jurisdictionName(place.slug()) + ", from 2019 to May 2023");

		// The export's row with its id, one date corrected: an update of that term.
		long term = this.jdbc.queryForObject("select t.id from person_term t where t.person_id = ?", Long.class,
				person);
		String correction = "id,person_slug,title,held_to,held_to_precision,source_id\r\n"
				+ String.join(",", String.valueOf(term), place.person(), "Mayor", "2023-06-01", "MONTH", source)
				+ "\r\n";
		MockHttpSession again = new MockHttpSession();
		Preview update = dryRun(again, username, "person_terms", "fix.csv",
				correction.getBytes(StandardCharsets.UTF_8));
		assertThat(update.rejected()).isZero();
		assertThat(update.updated()).isEqualTo(1);
		assertThat(commit(again, username, update.token(), "Corrected the end of the term"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForMap("select held_from, held_to from person_term where id = ?", term))
			.containsEntry("held_from", java.sql.Date.valueOf("2019-01-01"))
			.containsEntry("held_to", java.sql.Date.valueOf("2023-06-01"));
	}

	@Test
	void shouldImportACellTheExportGuardedAsTheTextItself() {
		Place place = place("guarded");
		String file = STATEMENT_HEADER + "\r\n"
				+ row(place, "2024-11-01", "MONTH", "'=SUM(1;2) for " + place.slug(), "NEUTRAL") + "\r\n";
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();

		Preview preview = dryRun(session, username, "statements", "new.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.created()).isEqualTo(1);
		assertThat(commit(session, username, preview.token(), "Imported a guarded quote")).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.queryForList("select quote from statement where jurisdiction_id = ?", String.class,
				place.id()))
			.containsExactly("=SUM(1;2) for " + place.slug());
		assertThat(csv(download(this.mvc, "/export/statements.csv?jurisdiction={slug}", place.slug())).column("quote"))
			.containsExactly("'=SUM(1;2) for " + place.slug());
	}

	@Test
	void shouldImportAnUndatedParaphraseWithTheOutletThatReportedIt() {
		Place place = place("paraphrase");
		String words = "The mayor has denounced the plan " + place.slug();
		String file = "person_slug,jurisdiction_slug,stated_on,stated_on_precision,kind,quote,reported_by,stance,source_id\r\n"
				+ String.join(",", place.person(), place.slug(), "", "", "PARAPHRASE", words, "Fox News", "NEUTRAL",
						String.valueOf(place.source()))
				+ "\r\n";
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();

		Preview preview = dryRun(session, username, "statements", "new.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).isZero();
		assertThat(preview.created()).isEqualTo(1);
		assertThat(commit(session, username, preview.token(), "Imported a paraphrase")).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.queryForMap(
				"select kind, stated_on, stated_on_precision, reported_by from statement where jurisdiction_id = ?",
				place.id()))
			.containsEntry("kind", "PARAPHRASE")
			.containsEntry("stated_on", null)
			.containsEntry("stated_on_precision", null)
			.containsEntry("reported_by", "Fox News");
	}

	@Test
	void shouldImportAnAnnouncedPolicyWithItsHedgedAmount() {
		Place place = place("announced");
		String file = "jurisdiction_slug,instrument,status,title,amount_usd,amount_qualifier,source_ids\r\n"
				+ String.join(",", place.slug(), "OTHER", "ANNOUNCED", "Defense fund " + place.slug(), "9100000.00",
						"MORE_THAN", String.valueOf(place.source()))
				+ "\r\n" + String.join(",", place.slug(), "OTHER", "ANNOUNCED", "Unhedged " + place.slug(), "",
						"NEARLY", String.valueOf(place.source()))
				+ "\r\n";
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();

		Preview preview = dryRun(session, username, "policies", "new.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejections()).singleElement()
			.satisfies((rejection) -> assertThat(rejection.reasons())
				.containsExactly("amount_qualifier: given without amount_usd"));

		String good = file.substring(0, file.indexOf("\r\n" + place.slug() + ",OTHER,ANNOUNCED,Unhedged") + 2);
		preview = dryRun(session, username, "policies", "new.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.created()).isEqualTo(1);
		assertThat(commit(session, username, preview.token(), "Imported an announced fund"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForMap(
				"select status, amount_usd, amount_qualifier from policy where jurisdiction_id = ?", place.id()))
			.containsEntry("status", "ANNOUNCED")
			.containsEntry("amount_qualifier", "MORE_THAN");
	}

	@Test
	void shouldRoundTripTextThatStartsWithAnApostrophe() {
		// "'+1' to that" starts with an apostrophe of its own: the file must bring it
		// back as it is, not as "+1' to that".
		Place place = place("apostrophe");
		String quote = "'+1' to that, the mayor wrote " + place.slug();
		long id = ResearchSupport.createStatement(this.mvc, place.slug(), place.person(), place.source(), quote);
		try {
			byte[] exported = bytes(download(this.mvc, "/export/statements.csv?jurisdiction={slug}", place.slug()));

			Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "statements", "statements.csv",
					exported);

			assertThat(preview.unchanged()).isEqualTo(1);
			assertThat(preview.updated()).isZero();
		}
		finally {
			// Leaves no record that would not survive the other tests' round trips.
			long version = this.jdbc.queryForObject("select version from statement where id = ?", Long.class, id);
			assertThat(this.mvc.post()
				.uri("/statements/{id}/delete", id)
				.with(csrf())
				.with(editor(ResearchSupport.newEditor()))
				.param("version", String.valueOf(version))
				.param("editSummary", "Removed a test statement")).hasStatus(HttpStatus.FOUND);
		}
	}

	static Stream<Arguments> badRows() {
		return Stream.of(
				Arguments.of("an unknown stance", "2024-11-01", "MONTH", null, "MAYBE",
						"stance: unknown code \"MAYBE\""),
				Arguments.of("a date that does not exist", "2024-02-30", "DAY", null, "NEUTRAL",
						"stated_on: there is no 30 February 2024"),
				Arguments.of("a month written as a day", "2024-11-15", "MONTH", null, "NEUTRAL",
						"stated_on: a MONTH date is written as the first day of its period"),
				Arguments.of("no jurisdiction", "2024-11-01", "MONTH", "", "NEUTRAL", "jurisdiction"),
				Arguments.of("an unknown jurisdiction", "2024-11-01", "MONTH", "no-such-place-zz", "NEUTRAL",
						"jurisdiction_slug: no jurisdiction \"no-such-place-zz\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRows")
	void shouldRefuseTheWholeFileWhenOneRowIsBad(String what, String statedOn, String precision, String jurisdiction,
			String stance, String reason) {
		Place place = place("bad-row");
		String bad = String.join(",", place.person(), (jurisdiction != null) ? jurisdiction : place.slug(), statedOn,
				precision, "\"The bad row, " + what + "\"", stance, String.valueOf(place.source()));
		String file = STATEMENT_HEADER + "\r\n"
				+ row(place, "2024-11-01", "MONTH", "Good first " + place.slug(), "NEUTRAL") + "\r\n" + bad + "\r\n"
				+ row(place, "2024-11-01", "MONTH", "Good last " + place.slug(), "MIXED") + "\r\n";
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		long revisionBefore = newestRevision();

		Preview preview = dryRun(session, username, "statements", "mixed.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.created()).isEqualTo(2);
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.rejections()).hasSize(1);
		assertThat(preview.rejections().get(0).line()).isEqualTo(3);
		assertThat(preview.rejections().get(0).reasons()).anyMatch((r) -> r.contains(reason));
		assertThat(preview.text()).contains("cannot be imported while any row is rejected");
		// No commit is offered...
		assertThat(preview.token()).isNull();
		assertThat(preview.html()).doesNotContain("action=\"/import/commit\"");
		// ...and one forced anyway is refused, writing nothing.
		MvcTestResult forced = commit(session, username, pendingToken(session), "Forced the import");
		assertThat(forced).hasStatus(HttpStatus.CONFLICT);
		assertThat(unescape(text(forced))).contains("nothing was written");
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isZero();
		assertThat(newestRevision()).isEqualTo(revisionBefore);
	}

	static Stream<Arguments> badFiles() {
		byte[] latin1 = (STATEMENT_HEADER + "\r\nsomeone,somewhere,2024-11-01,MONTH,Caf\u00e9 talk,NEUTRAL,1\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		return Stream.of(Arguments.of("ISO-8859-1 text", "statements", latin1, List.of("The file is not UTF-8 text")),
				Arguments.of("an unknown column", "statements",
						(STATEMENT_HEADER + ",mood\r\nsomeone,somewhere,2024-11-01,MONTH,Words,NEUTRAL,1,happy\r\n")
							.getBytes(StandardCharsets.UTF_8),
						List.of("Unknown columns: mood")),
				Arguments.of("a missing column", "statements",
						"person_slug,jurisdiction_slug,stated_on,stated_on_precision,stance,source_id\r\nsomeone,somewhere,2024-11-01,MONTH,NEUTRAL,1\r\n"
							.getBytes(StandardCharsets.UTF_8),
						List.of("Missing columns: quote")),
				Arguments.of("an empty file", "statements", new byte[0], List.of("The file is empty")),
				Arguments.of("a header only", "statements",
						(STATEMENT_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8),
						List.of("The file has a header but no rows")),
				Arguments.of("NUL bytes", "statements",
						(STATEMENT_HEADER + "\r\nsome\u0000one,x,2024-11-01,MONTH,Words,NEUTRAL,1\r\n")
							.getBytes(StandardCharsets.UTF_8),
						List.of("The file is not a CSV file")),
				Arguments.of("a zip archive", "statements", zip(),
						List.of("The file is not a CSV file", "The file is not UTF-8 text")),
				Arguments.of("an unterminated quoted cell", "statements",
						(STATEMENT_HEADER + "\r\nsomeone,x,2024-11-01,MONTH,\"Words that never end,NEUTRAL,1\r\n")
							.getBytes(StandardCharsets.UTF_8),
						List.of("The file is not a CSV file")),
				Arguments.of("a table that cannot be imported", "citations",
						"fact_type,fact_id,source_id\r\npolicy,1,1\r\n".getBytes(StandardCharsets.UTF_8),
						List.of("Unknown table")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void shouldRefuseAFileThatIsNotACsvInTheTablesColumnsSayingWhy(String what, String table, byte[] bytes,
			List<String> messages) {
		MockHttpSession session = new MockHttpSession();
		long revisionBefore = newestRevision();

		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "upload.csv", "text/csv", bytes))
			.param("table", table)
			.session(session)
			.with(csrf())
			.with(editor(ResearchSupport.newEditor()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String page = unescape(text(result));
		assertThat(messages).anyMatch(page::contains);
		assertThat(page).doesNotContain("Exception");
		assertThat(session.getAttribute("pendingImport")).isNull();
		assertThat(newestRevision()).isEqualTo(revisionBefore);
	}

	static Stream<Arguments> valuesTheDatabaseRefuses() {
		String jurisdictions = "name,slug,kind,state_code,population,population_year,latitude,longitude,ocd_id";
		return Stream.of(
				Arguments.of("a negative population", "jurisdictions", jurisdictions,
						"Zz test {slug}-new,{slug}-new,CITY,ZZ,-5,2020,,,", "population"),
				Arguments.of("a population year before the first census", "jurisdictions", jurisdictions,
						"Zz test {slug}-new,{slug}-new,CITY,ZZ,500,1700,,,", "population_year"),
				Arguments.of("a latitude off the globe", "jurisdictions", jurisdictions,
						"Zz test {slug}-new,{slug}-new,CITY,ZZ,,,95,10,", "latitude"),
				Arguments.of("a longitude off the globe", "jurisdictions", jurisdictions,
						"Zz test {slug}-new,{slug}-new,CITY,ZZ,,,10,200,", "longitude"),
				Arguments.of("Chicago's OCD id", "jurisdictions", jurisdictions,
						"Zz test {slug}-new,{slug}-new,CITY,ZZ,,,,,ocd-division/country:us/state:il/place:chicago",
						"ocd_id"),
				Arguments.of("a negative amount at risk", "funding_exposures",
						"jurisdiction_slug,program,amount_at_risk_usd,status,source_ids",
						"{slug},Byrne JAG,-100.00,THREATENED,{source}", "amount_at_risk_usd"),
				Arguments.of("a fiscal year out of range", "funding_exposures",
						"jurisdiction_slug,program,fiscal_year,amount_at_risk_usd,status,source_ids",
						"{slug},Byrne JAG,20255,100.00,THREATENED,{source}", "fiscal_year"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("valuesTheDatabaseRefuses")
	void shouldRejectInTheDryRunWhatTheDatabaseWouldRefuse(String what, String table, String header, String row,
			String column) {
		Place place = place("refused");
		String file = header + "\r\n"
				+ row.replace("{slug}", place.slug()).replace("{source}", String.valueOf(place.source())) + "\r\n";

		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), table, "refused.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rejected()).as(what).isEqualTo(1);
		assertThat(preview.rejections().get(0).line()).isEqualTo(2);
		assertThat(preview.rejections().get(0).reasons()).as(what).anyMatch((r) -> r.startsWith(column + ":"));
		assertThat(preview.token()).isNull();
	}

	@Test
	void shouldAnswer409AndWriteNothingWhenACommitIsRefused() {
		String slug = Fixtures.unique("refused-commit");
		String file = "name,slug,kind,state_code,population,population_year\r\n" + "Zz test " + slug + "," + slug
				+ ",CITY,ZZ,-5,2020\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();
		long revisionBefore = newestRevision();
		Preview preview = dryRun(session, username, "jurisdictions", "refused.csv",
				file.getBytes(StandardCharsets.UTF_8));
		String token = (preview.token() != null) ? preview.token() : pendingToken(session);

		MvcTestResult committed = commit(session, username, token, "Imported a town with a negative population");

		assertThat(committed).hasStatus(HttpStatus.CONFLICT);
		assertThat(unescape(text(committed))).contains("nothing was written");
		assertThat(this.jdbc.queryForObject("select count(*) from jurisdiction where slug = ?", Long.class, slug))
			.isZero();
		assertThat(newestRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void shouldAskForAFile() {
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.param("table", "statements")
			.with(csrf())
			.with(editor(ResearchSupport.newEditor()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unescape(text(result))).contains("Choose a file to upload");
	}

	@Test
	void shouldRejectASlugUsedTwiceInAJurisdictionsFile() {
		String slug = Fixtures.unique("twice");
		String file = "name,slug,kind,state_code\r\n" + "Zz test first " + slug + "," + slug + ",CITY,ZZ\r\n"
				+ "Zz test second " + slug + "," + slug + ",CITY,ZZ\r\n" + "Zz test chicago again " + slug
				+ ",chicago-il,CITY,ZZ\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();

		Preview preview = dryRun(session, username, "jurisdictions", "places.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.created()).isEqualTo(1);
		assertThat(preview.rejected()).isEqualTo(2);
		assertThat(preview.rejections().get(0).line()).isEqualTo(3);
		assertThat(preview.rejections().get(0).reasons())
			.anyMatch((r) -> r.contains("slug: \"" + slug + "\" appears twice in the file"));
		assertThat(preview.rejections().get(1).line()).isEqualTo(4);
		assertThat(preview.rejections().get(1).reasons())
			.anyMatch((r) -> r.contains("\"chicago-il\" is already used by another jurisdiction"));
		assertThat(preview.token()).isNull();
		assertThat(commit(session, username, pendingToken(session), "Forced")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from jurisdiction where slug = ?", Long.class, slug))
			.isZero();
		assertThat(this.jdbc.queryForObject("select name from jurisdiction where slug = 'chicago-il'", String.class))
			.isEqualTo("Chicago");
	}

	@Test
	void shouldRejectReferencesToRecordsThatDoNotExist() {
		Place place = place("missing");
		String file = "id," + STATEMENT_HEADER + "\r\n" + ",no-such-person-zz," + place.slug()
				+ ",2024-11-01,MONTH,Unknown speaker,NEUTRAL," + place.source() + "\r\n" + "," + place.person() + ","
				+ place.slug() + ",2024-11-01,MONTH,Unknown source,NEUTRAL," + Long.MAX_VALUE + "\r\n" + "999999999,"
				+ place.person() + "," + place.slug() + ",2024-11-01,MONTH,Unknown statement,NEUTRAL," + place.source()
				+ "\r\n";

		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "statements", "refs.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rejected()).isEqualTo(3);
		assertThat(preview.created() + preview.updated()).isZero();
		assertThat(preview.rejections().get(0).line()).isEqualTo(2);
		assertThat(preview.rejections().get(0).reasons()).anyMatch((r) -> r.contains("no-such-person-zz"));
		assertThat(preview.rejections().get(1).line()).isEqualTo(3);
		assertThat(preview.rejections().get(1).reasons())
			.anyMatch((r) -> r.contains("source_id: no source with id " + Long.MAX_VALUE));
		assertThat(preview.rejections().get(2).line()).isEqualTo(4);
		assertThat(preview.rejections().get(2).reasons())
			.anyMatch((r) -> r.contains("id: no record with id 999999999"));

		String policies = "jurisdiction_slug,instrument,status,title,source_ids\r\n"
				+ "no-such-place-zz,ORDINANCE,ENACTED,Nowhere ordinance," + place.source() + "\r\n" + place.slug()
				+ ",ORDINANCE,ENACTED,Uncited ordinance,999999999\r\n";
		Preview policyPreview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "policies", "p.csv",
				policies.getBytes(StandardCharsets.UTF_8));
		assertThat(policyPreview.rejected()).isEqualTo(2);
		assertThat(policyPreview.rejections().get(0).reasons()).anyMatch((r) -> r.contains("no-such-place-zz"));
		assertThat(policyPreview.rejections().get(1).reasons())
			.anyMatch((r) -> r.contains("no source with id 999999999"));
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isZero();
	}

	@Test
	void shouldImportANewCountyAndACityWhoseParentItNames() {
		String county = Fixtures.unique("county");
		String city = Fixtures.unique("city");
		String file = "name,slug,kind,state_code,parent_slug,population,population_year\r\n" + "Zz test " + county + ","
				+ county + ",COUNTY,ZZ,,,\r\n" + "Zz test " + city + "," + city + ",CITY,zz," + county
				+ ",1200,2020\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();
		long revisionBefore = newestRevision();

		Preview preview = dryRun(session, username, "jurisdictions", "places.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.created()).isEqualTo(2);
		assertThat(preview.rejected()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from jurisdiction where slug in (?, ?)", Long.class,
				county, city))
			.isZero();

		String summary = "Imported a county and its city " + city;
		assertThat(commit(session, username, preview.token(), summary)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/changes");

		long countyId = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, county);
		Map<String, Object> town = this.jdbc
			.queryForMap("select parent_id, state_code, kind, population from jurisdiction where slug = ?", city);
		assertThat(town).containsEntry("parent_id", countyId)
			.containsEntry("state_code", "ZZ")
			.containsEntry("kind", "CITY")
			.containsEntry("population", 1200L);
		assertThat(newestRevision()).isEqualTo(revisionBefore + 1);
		assertThat(text(this.mvc.get().uri("/changes").exchange())).contains(summary);
		Csv exported = csv(download(this.mvc, "/export/jurisdictions.csv?state=ZZ"));
		assertThat(exported.row("slug", city).get("parent_slug")).isEqualTo(county);
		assertThat(exported.row("slug", city).get("parent_id")).isEqualTo(String.valueOf(countyId));
	}

	/**
	 * New jurisdictions are written set-based, outside Hibernate (NewJurisdictions):
	 * their rows and their history must still be what persist() and Envers would have
	 * written, in the revision of the file's other changes.
	 */
	@Test
	void shouldRecordNewJurisdictionsInTheImportsRevisionAsASaveWould() {
		String county = Fixtures.unique("county");
		String city = Fixtures.unique("city");
		Place existing = place("reparented");
		Map<String, Object> before = this.jdbc.queryForMap("select name, kind from jurisdiction where id = ?",
				existing.id());
		String file = "id,name,slug,kind,state_code,parent_slug,status,status_rationale,status_as_of,status_as_of_precision,latitude,longitude\r\n"
				+ ",Zz test " + county + "," + county
				+ ",COUNTY,ZZ,,LIMITED_COOPERATION,Honours warrants only,2025-06-01,MONTH," + "41.881832,-87.623177\r\n"
				+ ",Zz test " + city + "," + city + ",CITY,ZZ," + county + ",,,,,,\r\n" + existing.id() + ","
				+ before.get("name") + "," + existing.slug() + "," + before.get("kind") + ",ZZ," + county
				+ ",,,,,,\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();
		Preview preview = dryRun(session, username, "jurisdictions", "mixed.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).as(preview.text()).isZero();
		assertThat(preview.created()).isEqualTo(2);
		assertThat(preview.updated()).isEqualTo(1);
		long revisionBefore = newestRevision();

		String summary = "Two new places and a new parent " + city;
		assertThat(commit(session, username, preview.token(), summary)).hasStatus(HttpStatus.FOUND);

		long revision = newestRevision();
		assertThat(revision).isEqualTo(revisionBefore + 1);
		assertThat(this.jdbc.queryForMap("select username, summary from revision where id = ?", revision))
			.containsEntry("username", username)
			.containsEntry("summary", summary);
		long countyId = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, county);
		long cityId = this.jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, city);
		assertThat(this.jdbc.queryForMap(
				"select parent_id, status, status_as_of::text as as_of, status_as_of_precision, latitude::text as lat,"
						+ " version, created_at = updated_at as same_stamp from jurisdiction where id = ?",
				countyId))
			.containsEntry("parent_id", null)
			.containsEntry("status", "LIMITED_COOPERATION")
			.containsEntry("as_of", "2025-06-01")
			.containsEntry("status_as_of_precision", "MONTH")
			.containsEntry("lat", "41.881832")
			.containsEntry("version", 0L)
			.containsEntry("same_stamp", true);
		assertThat(this.jdbc.queryForObject("select parent_id from jurisdiction where id = ?", Long.class, cityId))
			.isEqualTo(countyId);
		assertThat(
				this.jdbc.queryForObject("select parent_id from jurisdiction where id = ?", Long.class, existing.id()))
			.isEqualTo(countyId);

		// Each record's audit row in this revision holds exactly its stored row: created
		// for the two new ones, updated for the reparented one.
		for (long id : new long[] { countyId, cityId, existing.id() }) {
			assertThat(this.jdbc.queryForObject(
					"select a.revtype from jurisdiction_aud a join jurisdiction j using (id) where a.id = ? and a.rev = ?"
							+ " and (a.kind, a.name, a.slug, a.state_code, a.parent_id, a.geoid, a.ocd_id, a.population,"
							+ " a.population_year, a.latitude, a.longitude, a.summary, a.status, a.status_rationale,"
							+ " a.status_as_of, a.status_as_of_precision, a.created_at, a.updated_at, a.version)"
							+ " is not distinct from (j.kind, j.name, j.slug, j.state_code, j.parent_id, j.geoid,"
							+ " j.ocd_id, j.population, j.population_year, j.latitude, j.longitude, j.summary, j.status,"
							+ " j.status_rationale, j.status_as_of, j.status_as_of_precision, j.created_at, j.updated_at,"
							+ " j.version)",
					Integer.class, id, revision))
				.as("the audit row of jurisdiction %d in revision %d", id, revision)
				.isEqualTo((id == existing.id()) ? 1 : 0);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from jurisdiction_aud where id in (?, ?)", Long.class,
				countyId, cityId))
			.isEqualTo(2);
		// The rows are no newer than the revision that records them, as with a save.
		assertThat(this.jdbc.queryForObject(
				"select bool_and(j.created_at <= r.revised_at) from jurisdiction j, revision r where r.id = ? and j.id in (?, ?)",
				Boolean.class, revision, countyId, cityId))
			.isTrue();

		String records = text(this.mvc.get().uri("/changes/revisions/" + revision).exchange());
		assertThat(records).contains("Zz test " + county).contains("Zz test " + city);
		Instant revisedAt = this.jdbc
			.queryForObject("select revised_at from revision where id = ?", Timestamp.class, revision)
			.toInstant();
		Csv asOf = csv(download(this.mvc, "/export/jurisdictions.csv?state=ZZ&as_of=" + revisedAt));
		assertThat(asOf.row("slug", city).get("parent_slug")).isEqualTo(county);
		assertThat(asOf.row("slug", county).get("status")).isEqualTo("LIMITED_COOPERATION");
		assertThat(asOf.row("slug", existing.slug()).get("parent_slug")).isEqualTo(county);
	}

	@Test
	void shouldAskForAnEditSummaryBeforeCommitting() {
		Place place = place("summary");
		String file = STATEMENT_HEADER + "\r\n"
				+ row(place, "2024-11-01", "MONTH", "Needs a summary " + place.slug(), "NEUTRAL") + "\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();
		Preview preview = dryRun(session, username, "statements", "s.csv", file.getBytes(StandardCharsets.UTF_8));

		// The page's summary field left empty, filled with spaces, or not sent at all.
		for (String summary : new String[] { "", "   ", null }) {
			MvcTestResult blank = this.mvc.post()
				.uri("/import/commit")
				.param("token", preview.token())
				.params(EditingSupport
					.form((summary != null) ? new String[] { "editSummary", summary } : new String[0]))
				.session(session)
				.with(csrf())
				.with(editor(username))
				.exchange();
			assertThat(blank).as("summary \"" + summary + "\"").hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(unescape(text(blank))).contains("Every save needs a one-line edit summary");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isZero();
		assertThat(commit(session, username, preview.token(), "Now with a summary")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isEqualTo(1);
	}

	@Test
	void shouldCommitOnlyTheDryRunOfThisSessionWithItsToken() {
		Place place = place("token");
		String file = STATEMENT_HEADER + "\r\n"
				+ row(place, "2024-11-01", "MONTH", "Token words " + place.slug(), "NEUTRAL") + "\r\n";
		MockHttpSession session = new MockHttpSession();
		String username = ResearchSupport.newEditor();
		Preview preview = dryRun(session, username, "statements", "s.csv", file.getBytes(StandardCharsets.UTF_8));

		MvcTestResult wrongToken = commit(session, username, "not-the-token", "A summary");
		assertThat(wrongToken).hasStatus(HttpStatus.CONFLICT);
		assertThat(unescape(text(wrongToken))).contains("upload the file again");
		assertThat(commit(new MockHttpSession(), username, preview.token(), "A summary"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from statement where jurisdiction_id = ?", Long.class,
				place.id()))
			.isZero();

		assertThat(commit(session, username, preview.token(), "Imported the token words")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForList("select quote from statement where jurisdiction_id = ?", String.class,
				place.id()))
			.containsExactly("Token words " + place.slug());
	}

	@Test
	void shouldStateTheUploadLimit() {
		// The limit itself (spring.servlet.multipart.max-file-size) is enforced by the
		// servlet container's multipart parsing, which MockMvc does not run.
		assertThat(unescape(text(this.mvc.get().uri("/import").with(editor(ResearchSupport.newEditor())).exchange())))
			.contains("at most 20 MB");
	}

	@Test
	void shouldSendAnonymousVisitorsToSignIn() {
		long revisionBefore = newestRevision();

		assertThat(this.mvc.get().uri("/import")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "x.csv", "text/csv",
					"name,kind,state_code\r\nZz anonymous,CITY,ZZ\r\n".getBytes(StandardCharsets.UTF_8)))
			.param("table", "jurisdictions")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.post().uri("/import/commit").param("token", "x").param("editSummary", "y").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(newestRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void shouldLeaveTheColumnsAFileLacksAsTheyAre() {
		String slug = Fixtures.unique("partial");
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "summary", "Kept summary", "geoid",
				"99" + String.valueOf(System.nanoTime()).substring(0, 5));
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		String file = "id,name,kind,state_code\n" + id + ",Renamed " + slug + ",CITY,ZZ\n";
		Preview preview = dryRun(session, username, "jurisdictions", "partial.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.updated()).isEqualTo(1);
		assertThat(preview.changes()).hasSize(1);
		assertThat(preview.changes().get(0).subList(0, 3)).containsExactly("2", "update", slug);
		assertThat(preview.changes().get(0).get(3)).as("the old and the new value")
			.startsWith("name: “")
			.endsWith("” → “Renamed " + slug + "”");
		assertThat(commit(session, username, preview.token(), "Renamed through a partial file"))
			.hasStatus(HttpStatus.FOUND);
		Map<String, Object> stored = this.jdbc
			.queryForMap("select name, slug, summary, geoid from jurisdiction where id = ?", id);
		assertThat(stored.get("name")).isEqualTo("Renamed " + slug);
		assertThat(stored.get("slug")).isEqualTo(slug);
		assertThat(stored.get("summary")).isEqualTo("Kept summary");
		assertThat(stored.get("geoid")).isNotNull();
	}

	@Test
	void shouldUpdateOnlyTheColumnOfAFileOfIdsAndOneColumn() {
		String slug = Fixtures.unique("onecolumn");
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "summary", "Old summary");
		String name = this.jdbc.queryForObject("select name from jurisdiction where id = ?", String.class, id);
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		String file = "id,summary\n" + id + ",New summary\n";

		Preview preview = dryRun(session, username, "jurisdictions", "summary.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.updated()).isEqualTo(1);
		assertThat(preview.changes())
			.containsExactly(List.of("2", "update", slug, "summary: “Old summary” → “New summary”"));
		assertThat(commit(session, username, preview.token(), "Summary through a one-column file"))
			.hasStatus(HttpStatus.FOUND);
		Map<String, Object> stored = this.jdbc.queryForMap("select name, kind, summary from jurisdiction where id = ?",
				id);
		assertThat(stored.get("summary")).isEqualTo("New summary");
		assertThat(stored.get("name")).isEqualTo(name);
	}

	@Test
	void shouldRefuseANewRecordInAFileOfIdsThatLacksItsRequiredColumnsAndListAllowedCodes() {
		String username = ResearchSupport.newEditor();
		String file = "id,name,kind,state_code\n,Newtown,TOWN,ZZ\n";

		Preview preview = dryRun(new MockHttpSession(), username, "jurisdictions", "town.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.rejections().get(0).reasons())
			.anyMatch((reason) -> reason.startsWith("kind: unknown code \"TOWN\" (allowed: ")
					&& reason.contains("COUNTY") && reason.contains("CITY"));
		Preview missing = dryRun(new MockHttpSession(), username, "jurisdictions", "new.csv",
				"id,summary\n,A place with only a summary\n".getBytes(StandardCharsets.UTF_8));
		assertThat(missing.rejected()).isEqualTo(1);
		// The words of the jurisdiction's page form, whose rules the import applies.
		assertThat(missing.rejections().get(0).reasons()).contains("name: type the name",
				"kind: choose what kind it is");
	}

	@Test
	void shouldRefuseRowsByTheirPageFormsRulesInTheFormsWords() {
		String username = ResearchSupport.newEditor();
		String places = "name,kind,state_code,geoid,population,status\n"
				+ "Zz Rules Town,CITY,il,12345678,100,SANCTUARY\n";
		Preview place = dryRun(new MockHttpSession(), username, "jurisdictions", "rules.csv",
				places.getBytes(StandardCharsets.UTF_8));
		assertThat(place.rejected()).isEqualTo(1);
		assertThat(place.rejections().get(0).reasons()).containsExactlyInAnyOrder(
				"geoid: a GEOID has 2 (state), 5 (county) or 7 (place) digits",
				"population_year: a population needs its year, and a year its population",
				"status_rationale: an assessment needs its reasons",
				"status_as_of: an assessment needs the date it holds for");

		// A quote longer than the form takes is the form's refusal, at its line, not the
		// database's refusal of the whole file.
		Place speaker = place("rules");
		String statements = STATEMENT_HEADER + "\r\n" + String.join(",", speaker.person(), speaker.slug(), "2024-02-01",
				"DAY", "x".repeat(5001), "NEUTRAL", String.valueOf(speaker.source())) + "\r\n";
		Preview statement = dryRun(new MockHttpSession(), username, "statements", "long.csv",
				statements.getBytes(StandardCharsets.UTF_8));
		assertThat(statement.rejected()).isEqualTo(1);
		assertThat(statement.rejections().get(0).reasons()).anyMatch((r) -> r.startsWith("quote: write at most 5"));
	}

	@Test
	void shouldSayWhyARowIsRefusedInTheEditorsLanguage() {
		Place place = place("en-espanol");
		String file = STATEMENT_HEADER + "\r\n" + String.join(",", place.person(), place.slug(), "2024-02-30", "DAY",
				"\"Una fila mala\"", "QUIZAS", String.valueOf(place.source())) + "\r\n";

		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", "malo.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.param("table", "statements")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.session(new MockHttpSession())
			.with(csrf())
			.with(editor(ResearchSupport.newEditor()))
			.exchange();
		String html = text(result);

		assertThat(result).hasStatusOk();
		assertThat(html).contains("Rechazadas: 1");
		String rejectedRows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		assertThat(Preview.reasons(rejectedRows)).containsExactlyInAnyOrder(
				"stated_on: no existe el 30 de febrero de 2024",
				"stance: código desconocido \"QUIZAS\" (se admiten: SUPPORTS_SANCTUARY, OPPOSES_SANCTUARY, NEUTRAL, MIXED)");
		assertThat(html).doesNotContain("unknown code", "there is no");
	}

	@Test
	void shouldOfferATemplateAndTheDataDictionaryOfEachTable() {
		String username = ResearchSupport.newEditor();
		MvcTestResult page = this.mvc.get().uri("/import").with(editor(username)).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("href=\"/import/templates/jurisdictions.csv\"")
			.contains("href=\"/export#jurisdictions\"")
			.contains("href=\"/export\"");
		MvcTestResult template = this.mvc.get()
			.uri("/import/templates/jurisdictions.csv")
			.with(editor(username))
			.exchange();
		assertThat(template).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"jurisdictions-template.csv\"");
		assertThat(text(template)).isEqualTo(String.join(",", ExportTables.named("jurisdictions").header()) + "\r\n");
		assertThat(this.mvc.get().uri("/import/templates/citations.csv").with(editor(username)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldShowACommittedImportAsOneEntryOfTheChangesLinkingItsRows() {
		String prefix = Fixtures.unique("batch");
		StringBuilder file = new StringBuilder("name,kind,slug,state_code\n");
		for (int i = 1; i <= 5; i++) {
			file.append("Batch place ")
				.append(i)
				.append(',')
				.append("CITY,")
				.append(prefix)
				.append('-')
				.append(i)
				.append(",ZZ\n");
		}
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		Preview preview = dryRun(session, username, "jurisdictions", "batch.csv",
				file.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(preview.created()).isEqualTo(5);
		String summary = "Five places at once " + prefix;
		assertThat(commit(session, username, preview.token(), summary)).hasStatus(HttpStatus.FOUND);
		long revision = newestRevision();

		String changes = text(this.mvc.get().uri("/changes?editor=" + username).exchange());

		assertThat(changes).containsOnlyOnce(summary)
			.contains("href=\"/changes/revisions/" + revision + "\"")
			.contains("Changed 5 records")
			.contains("jurisdiction · Created: 5")
			.doesNotContain("id=\"revision-" + revision + "-jurisdictions-");
		String records = text(this.mvc.get().uri("/changes/revisions/" + revision).exchange());
		assertThat(records).contains(summary);
		for (int i = 1; i <= 5; i++) {
			assertThat(records).contains(">Batch place " + i + "<");
		}
		assertThat(this.mvc.get().uri("/changes/revisions/999999999")).hasStatus(HttpStatus.NOT_FOUND);

		// The site's feed follows the page: one entry for the import, linking its
		// records.
		String feed = text(this.mvc.get().uri("/changes.atom").exchange());
		assertThat(feed).containsOnlyOnce("<title>" + summary + " (5 records)</title>")
			.contains("/changes#revision-" + revision + "</id>")
			.contains("/changes/revisions/" + revision + "\"")
			.doesNotContain("#revision-" + revision + "-jurisdictions-");
	}

	@Test
	void shouldRefuseARowWhoseRecordChangedSinceTheFileWasExported() {
		Place place = place("stale-export");
		String quote = "Before the other editor " + place.slug();
		long id = ResearchSupport.createStatement(this.mvc, place.slug(), place.person(), place.source(), quote);
		byte[] exported = bytes(download(this.mvc, "/export/statements.csv?jurisdiction=" + place.slug()));
		ResearchSupport.editQuote(this.mvc, this.jdbc, id, "After the other editor " + place.slug(),
				"Corrected meanwhile");
		String edited = new String(exported, StandardCharsets.UTF_8).replace(quote, "Mine " + place.slug());

		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "statements", "stale.csv",
				edited.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.rejections().get(0).reasons()).anyMatch((reason) -> reason.startsWith("updated_at:"));
		assertThat(preview.token()).isNull();
	}

	@Test
	void shouldRejectNumbersTheDatabaseCouldNotHold() {
		Place place = place("precision");
		String file = "jurisdiction_slug,program,amount_at_risk_usd,status,source_ids\n" + place.slug()
				+ ",COPS,100000000000000,THREATENED," + place.source() + "\n" + place.slug() + ",JAG,1.239,THREATENED,"
				+ place.source() + "\n";
		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "funding_exposures", "numbers.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).isEqualTo(2);
		assertThat(preview.rejections()).extracting(Rejection::line).containsExactly(2, 3);
	}

	@Test
	void shouldRefuseToChangeACitedAssessmentThroughAFile() {
		long chicago = this.jdbc.queryForObject("select id from jurisdiction where slug = 'chicago-il'", Long.class);
		String file = "id,name,kind,state_code,status\n" + chicago + ",Chicago,CITY,IL,COOPERATIVE\n";
		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "jurisdictions", "status.csv",
				file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.rejections().get(0).reasons()).anyMatch((reason) -> reason.contains("cites sources"));
	}

	@Test
	void shouldKeepAnAssessmentsSourcesWhenAFileChangesSomethingElse() {
		String slug = Fixtures.unique("kept-sources");
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug, "sourceIds", String.valueOf(source));
		String username = ResearchSupport.newEditor();
		MockHttpSession session = new MockHttpSession();
		Preview preview = dryRun(session, username, "jurisdictions", "summary.csv",
				("id,summary\n" + id + ",A summary from a file\n").getBytes(StandardCharsets.UTF_8));
		assertThat(preview.updated()).isEqualTo(1);

		assertThat(commit(session, username, preview.token(), "Summaries from a file")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select summary from jurisdiction where id = ?", String.class, id))
			.isEqualTo("A summary from a file");
		// The file cannot carry them, and it does not take them away.
		assertThat(this.jdbc.queryForList("select source_id from jurisdiction_citation where jurisdiction_id = ?",
				Long.class, id))
			.containsExactly(source);
	}

	@Test
	void shouldShowARowWithoutItsTitleByADashNotTheWordNull() {
		Preview preview = dryRun(new MockHttpSession(), ResearchSupport.newEditor(), "sources", "untitled.csv",
				"title,publisher\n,City Clerk\n".getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.rejections().get(0).reasons()).anyMatch((reason) -> reason.startsWith("title:"));
		assertThat(preview.html()).contains("<td class=\"text-break\">—</td>").doesNotContain(">null<");
	}

	private Place place(String prefix) {
		String slug = Fixtures.unique(prefix);
		long id = ResearchSupport.createJurisdiction(this.mvc, this.jdbc, slug);
		String person = Fixtures.unique("speaker");
		ResearchSupport.createPerson(this.mvc, this.jdbc, person);
		long source = ResearchSupport.createSource(this.mvc, "Source " + slug);
		return new Place(id, slug, person, source);
	}

	private static String row(Place place, String statedOn, String precision, String quote, String stance) {
		return String.join(",", place.person(), place.slug(), statedOn, precision,
				"\"" + quote.replace("\"", "\"\"") + "\"", stance, String.valueOf(place.source()));
	}

	private Preview dryRun(MockHttpSession session, String username, String table, String fileName, byte[] bytes) {
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "text/csv", bytes))
			.param("table", table)
			.session(session)
			.with(csrf())
			.with(editor(username))
			.exchange();
		return Preview.of(result.getResponse().getStatus(), text(result));
	}

	private MvcTestResult commit(MockHttpSession session, String username, String token, String summary) {
		return this.mvc.post()
			.uri("/import/commit")
			.param("token", token)
			.param("editSummary", summary)
			.session(session)
			.with(csrf())
			.with(editor(username))
			.exchange();
	}

	/**
	 * The token of the dry run waiting in the session, for a commit the page does not
	 * offer.
	 */
	private static String pendingToken(MockHttpSession session) {
		Object pending = session.getAttribute("pendingImport");
		assertThat(pending).as("a dry run waits in the session").isNotNull();
		try {
			Method token = pending.getClass().getDeclaredMethod("token");
			token.setAccessible(true);
			return (String) token.invoke(pending);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long newestRevision() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from revision", Long.class);
	}

	private String quoteOf(long statement) {
		return this.jdbc.queryForObject("select quote from statement where id = ?", String.class, statement);
	}

	private static byte[] zip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("statements.csv"));
			zip.write((STATEMENT_HEADER + "\r\n").repeat(50).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A jurisdiction, speaker and source made through the forms. */
	private record Place(long id, String slug, String person, long source) {
	}

	private record Rejection(int line, List<String> reasons) {
	}

	/** What the dry-run page says. */
	private record Preview(int status, String html, String text, long created, long updated, long unchanged,
			long rejected, List<Rejection> rejections, List<List<String>> changes, String token) {

		static Preview of(int status, String html) {
			String text = unescape(html);
			List<Rejection> rejections = new ArrayList<>();
			List<List<String>> changes = new ArrayList<>();
			Matcher rows = Pattern.compile("<tr>\\s*<td>(\\d+)</td>(.*?)</tr>", Pattern.DOTALL).matcher(html);
			while (rows.find()) {
				List<String> cells = new ArrayList<>();
				Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rows.group(2));
				while (cell.find()) {
					cells.add(cell.group(1));
				}
				if (!cells.isEmpty() && cells.get(cells.size() - 1).contains("<ul")) {
					rejections.add(new Rejection(Integer.parseInt(rows.group(1)), reasons(rows.group(2))));
				}
				else {
					List<String> change = new ArrayList<>();
					change.add(rows.group(1));
					cells.forEach((c) -> change.add(unescape(c)));
					changes.add(change);
				}
			}
			Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
			return new Preview(status, html, text, count(text, "To create"), count(text, "To update"),
					count(text, "Unchanged"), count(text, "Rejected"), rejections, changes,
					token.find() ? token.group(1) : null);
		}

		/** The reasons listed in some of the page, as they read ("column: why"). */
		static List<String> reasons(String html) {
			List<String> reasons = new ArrayList<>();
			Matcher reason = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(html);
			while (reason.find()) {
				reasons.add(unescape(reason.group(1).replaceAll("<[^>]+>", "")));
			}
			return reasons;
		}

		private static long count(String text, String label) {
			// Counts are written with thousands separators (3,328 with the reference
			// data).
			Matcher matcher = Pattern.compile(label + ": ([\\d,]+)").matcher(text);
			if (!matcher.find()) {
				throw new AssertionError("No \"" + label + "\" in the page: " + text);
			}
			return Long.parseLong(matcher.group(1).replace(",", ""));
		}

	}

}
