package org.sanctuarytracker.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarytracker.support.EditingSupport.editor;
import static org.sanctuarytracker.support.EditingSupport.form;
import static org.sanctuarytracker.support.EditingSupport.jurisdictionName;
import static org.sanctuarytracker.support.EditingSupport.trailingId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the research-facing tests (exports, API, import) share: records made through the
 * editors' forms (so they have a revision history and therefore appear in the exports,
 * which read the history), downloads read as bytes, CSV parsing and the import page's dry
 * run.
 */
public final class ResearchSupport {

	public static final String STATE = "ZZ";

	private ResearchSupport() {
	}

	public static String newEditor() {
		return Fixtures.unique("researcher");
	}

	/**
	 * Creates a jurisdiction (a city in state ZZ, unassessed) through its form; extra
	 * name/value pairs replace or add fields. Returns its id.
	 */
	public static long createJurisdiction(MockMvcTester mvc, JdbcTemplate jdbc, String slug, String... extra) {
		MultiValueMap<String, String> form = form("kind", "CITY", "name", jurisdictionName(slug), "slug", slug,
				"stateCode", STATE, "status", "UNASSESSED", "editSummary", "Added a jurisdiction for research tests");
		for (int i = 0; i < extra.length; i += 2) {
			form.set(extra[i], extra[i + 1]);
		}
		MvcTestResult result = mvc.post()
			.uri("/jurisdictions/new")
			.with(csrf())
			.with(editor(newEditor()))
			.params(form)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jurisdictions/" + slug);
		return jdbc.queryForObject("select id from jurisdiction where slug = ?", Long.class, slug);
	}

	/** Creates a person through the form; returns their id. */
	public static long createPerson(MockMvcTester mvc, JdbcTemplate jdbc, String slug) {
		MvcTestResult result = mvc.post()
			.uri("/people/new")
			.with(csrf())
			.with(editor(newEditor()))
			.params(form("name", "Person " + slug, "slug", slug, "editSummary", "Added the speaker"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/people/" + slug);
		return jdbc.queryForObject("select id from person where slug = ?", Long.class, slug);
	}

	/** Creates a source through the form; returns its id. */
	public static long createSource(MockMvcTester mvc, String title) {
		return createSource(mvc, title, null);
	}

	/**
	 * Creates a source through its form, published at a date typed at its precision (e.g.
	 * "2024-11"), so the history holds its date too.
	 */
	public static long createSource(MockMvcTester mvc, String title, String publishedOn) {
		MvcTestResult result = mvc.post()
			.uri("/sources/new")
			.with(csrf())
			.with(editor(newEditor()))
			.params(form("title", title, "editSummary", "Added the source"))
			.params(form("publishedOn", (publishedOn != null) ? publishedOn : ""))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/sources/");
		return trailingId(result.getResponse().getRedirectedUrl());
	}

	/**
	 * Creates a statement through its form (stated November 2024, neutral); extra pairs
	 * replace or add fields. Returns its id.
	 */
	public static long createStatement(MockMvcTester mvc, String jurisdiction, String person, long source, String quote,
			String... extra) {
		MultiValueMap<String, String> form = form("person", person, "jurisdiction", jurisdiction, "statedOn", "2024-11",
				"quote", quote, "stance", "NEUTRAL", "sourceIds", String.valueOf(source), "editSummary",
				"Added the statement");
		for (int i = 0; i < extra.length; i += 2) {
			form.set(extra[i], extra[i + 1]);
		}
		MvcTestResult result = mvc.post()
			.uri("/jurisdictions/{slug}/statements/new", jurisdiction)
			.with(csrf())
			.with(editor(newEditor()))
			.params(form)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return trailingId(result.getResponse().getRedirectedUrl());
	}

	/** Changes a statement's quote through the edit form. */
	public static void editQuote(MockMvcTester mvc, JdbcTemplate jdbc, long id, String quote, String summary) {
		Map<String, Object> row = jdbc.queryForMap("""
				select p.slug as person, j.slug as jurisdiction, s.source_id, s.version
				from statement s join person p on p.id = s.person_id join jurisdiction j on j.id = s.jurisdiction_id
				where s.id = ?""", id);
		MvcTestResult result = mvc.post()
			.uri("/statements/{id}/edit", id)
			.with(csrf())
			.with(editor(newEditor()))
			.params(form("person", (String) row.get("person"), "jurisdiction", (String) row.get("jurisdiction"),
					"statedOn", "2024-11", "quote", quote, "stance", "NEUTRAL", "sourceIds",
					String.valueOf(row.get("source_id")), "editSummary", summary, "version",
					String.valueOf(row.get("version"))))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(jdbc.queryForObject("select quote from statement where id = ?", String.class, id)).isEqualTo(quote);
	}

	/** Creates a policy through its form; extra pairs replace or add fields. */
	public static long createPolicy(MockMvcTester mvc, String jurisdiction, long source, String title,
			String... extra) {
		MultiValueMap<String, String> form = form("jurisdiction", jurisdiction, "instrument", "ORDINANCE", "status",
				"ENACTED", "title", title, "sourceIds", String.valueOf(source), "editSummary", "Added the policy");
		for (int i = 0; i < extra.length; i += 2) {
			form.set(extra[i], extra[i + 1]);
		}
		MvcTestResult result = mvc.post()
			.uri("/jurisdictions/{slug}/policies/new", jurisdiction)
			.with(csrf())
			.with(editor(newEditor()))
			.params(form)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/policies/");
		return trailingId(result.getResponse().getRedirectedUrl());
	}

	/**
	 * Downloads an export. The exports stream their body from another thread; MockMvc's
	 * response is not thread-safe, and Spring Security's header writer can race with the
	 * streaming thread on it (spring-projects/spring-framework#31543,
	 * spring-projects/spring-security#9175), failing a request now and then with a
	 * ConcurrentModificationException inside MockMvc. Such a request is simply made
	 * again: downloads are reads.
	 */
	public static MvcTestResult download(MockMvcTester mvc, String uri, Object... variables) {
		for (int attempt = 1;; attempt++) {
			MvcTestResult result = mvc.get().uri(uri, variables).exchange();
			if (attempt < 5 && isHeaderRace(result.getUnresolvedException())) {
				continue;
			}
			return result;
		}
	}

	private static boolean isHeaderRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.util.ConcurrentModificationException) {
				return true;
			}
		}
		return false;
	}

	/** A download's bytes (the exports stream their body asynchronously). */
	public static byte[] bytes(MvcTestResult result) {
		return result.getResponse().getContentAsByteArray();
	}

	public static String text(MvcTestResult result) {
		return new String(bytes(result), StandardCharsets.UTF_8);
	}

	/** A CSV with a header row. */
	public static Csv csv(String text) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			return new Csv(parser.getHeaderNames(), parser.getRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Csv csv(MvcTestResult result) {
		return csv(text(result));
	}

	/** Writes a CSV as the exports do (RFC 4180, CRLF). */
	public static byte[] write(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The entries of a zip, by name, in their order. */
	public static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				in.transferTo(content);
				entries.put(entry.getName(), content.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** HTML text with its character entities decoded. */
	public static String unescape(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

	/** A parsed CSV: its header and its records. */
	public record Csv(List<String> header, List<CSVRecord> records) {

		public List<String> column(String name) {
			List<String> values = new ArrayList<>();
			this.records.forEach((record) -> values.add(record.get(name)));
			return values;
		}

		public CSVRecord row(String column, String value) {
			return this.records.stream()
				.filter((record) -> record.get(column).equals(value))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No row with " + column + " = " + value));
		}

		public boolean hasRow(String column, String value) {
			return this.records.stream().anyMatch((record) -> record.get(column).equals(value));
		}

		public List<List<String>> rows() {
			return this.records.stream().map(CSVRecord::toList).toList();
		}

	}

}
