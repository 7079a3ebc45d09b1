package org.sanctuarytracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Stance;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newest snapshot is read from the live tables, any other from the revision history:
 * both must give the same bytes for the newest revision, for every table and filter.
 */
@TrackerTest
class LiveSnapshotTests {

	/** The table whose ids key each export's rows (citations: per fact type). */
	private static final Map<String, String> RECORDS = Map.of("jurisdictions", "jurisdiction", "policies", "policy",
			"policy_provisions", "policy", "statements", "statement", "people", "person", "person_terms", "person_term",
			"funding_exposures", "funding_exposure", "indicators", "indicator", "designations", "designation",
			"sources", "source");

	private static final Map<String, String> FACTS = Map.of("jurisdiction_status", "jurisdiction", "policy", "policy",
			"statement", "statement", "funding_exposure", "funding_exposure", "indicator", "indicator", "designation",
			"designation", "person_term", "person_term", "person_party", "person");

	@Autowired
	Snapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	// Live reads on, which the other tests turn off (see TrackerTest).
	private SnapshotReads reads;

	private CsvExporter csv;

	@BeforeEach
	void readLive() {
		this.reads = new SnapshotReads(this.jdbc, this.transactions, true);
		this.csv = new CsvExporter(new TableReader(this.dataSource, this.reads));
	}

	@Test
	void shouldReadTheNewestRevisionFromTheLiveTablesAndAnOlderOneFromTheHistory() {
		Snapshot latest = this.snapshots.latest();
		assertThat(sourceFor(latest)).isEqualTo(ReadFrom.LIVE);
		Snapshot older = new Snapshot(latest.revision() - 1, latest.instant());
		assertThat(sourceFor(older)).isEqualTo(ReadFrom.HISTORY);
	}

	@Test
	void shouldWriteTheNewestSnapshotFromTheLiveTablesByteForByteAsFromTheHistory() {
		Snapshot latest = this.snapshots.latest();
		List<ExportFilter> filters = List.of(ExportFilter.none(), filter("chicago-il", null, null, null, null, null),
				filter(null, "brandon-johnson", null, null, null, null),
				filter(null, null, "sanctuary", Stance.SUPPORTS_SANCTUARY, null, null),
				filter(null, null, null, null, "IL", JurisdictionKind.CITY),
				new ExportFilter(null, null, null, Provision.DECLINES_DETAINERS, null, null, null, null,
						LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31), null, null));
		int rows = 0;
		for (ExportTable table : ExportTables.ALL) {
			Set<String> unaudited = unaudited(table);
			for (ExportFilter filter : filters) {
				String fromHistory = write(table, latest, filter, true);
				String live = write(table, latest, filter, false);
				// Set aside on both sides: a row the history has may name a fixture's row
				// the history lacks (an empty slug there, the slug in the live tables).
				assertThat(withoutRecords(table, live, unaudited)).as(table.name() + " " + filter)
					.isEqualTo(withoutRecords(table, fromHistory, unaudited));
				rows += fromHistory.split("\r\n").length - 1;
			}
		}
		// The demo dataset's rows, so the comparison compared something.
		assertThat(rows).isGreaterThan(200);
		assertThat(sourceFor(latest)).as("still the newest revision").isEqualTo(ReadFrom.LIVE);
	}

	private ReadFrom sourceFor(Snapshot snapshot) {
		ReadFrom source = this.reads.read(snapshot, (read) -> read);
		return source;
	}

	private static ExportFilter filter(String jurisdiction, String person, String q, Stance stance, String state,
			JurisdictionKind kind) {
		return new ExportFilter(state, kind, null, null, q, stance, jurisdiction, person, null, null, null, null);
	}

	private String write(ExportTable table, Snapshot snapshot, ExportFilter filter, boolean fromHistory) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (fromHistory) {
			this.csv.writeFromHistory(table, snapshot, filter, out);
		}
		else {
			this.csv.write(table, snapshot, filter, out, false);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Rows the tests' fixtures wrote straight into the live tables, without the audit
	 * rows every save through the app writes, and the rows that name such a row (a policy
	 * created through its form for a fixture's jurisdiction): only the live tables have
	 * them, so they are set aside before comparing. Keyed "table:id".
	 */
	private Set<String> unaudited(ExportTable table) {
		Set<String> keys = new HashSet<>();
		for (String record : new HashSet<>(
				table.name().equals("citations") ? FACTS.values() : List.of(RECORDS.get(table.name())))) {
			StringBuilder sql = new StringBuilder("select id from " + record + " r where not exists (select 1 from "
					+ record + "_aud a where a.id = r.id)");
			for (Map.Entry<String, String> reference : Map
				.of("jurisdiction_id", "jurisdiction", "parent_id", "jurisdiction", "person_id", "person")
				.entrySet()) {
				if (hasColumn(record, reference.getKey())) {
					sql.append(" or (r.")
						.append(reference.getKey())
						.append(" is not null and not exists (select 1 from ")
						.append(reference.getValue())
						.append("_aud a where a.id = r.")
						.append(reference.getKey())
						.append("))");
				}
			}
			for (Long id : this.jdbc.queryForList(sql.toString(), Long.class)) {
				keys.add(record + ":" + id);
			}
		}
		return keys;
	}

	private boolean hasColumn(String table, String column) {
		return this.jdbc.queryForObject(
				"select count(*) from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name = ?",
				Long.class, table, column) > 0;
	}

	private static String withoutRecords(ExportTable table, String csv, Set<String> unaudited) {
		if (unaudited.isEmpty()) {
			return csv;
		}
		try (CSVParser parser = CsvExporter.FORMAT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			List<CSVRecord> kept = new ArrayList<>();
			for (CSVRecord record : parser) {
				String key = switch (table.name()) {
					case "citations" -> FACTS.get(record.get("fact_type")) + ":" + record.get("fact_id");
					case "policy_provisions" -> "policy:" + record.get("policy_id");
					default -> RECORDS.get(table.name()) + ":" + record.get("id");
				};
				if (!unaudited.contains(key)) {
					kept.add(record);
				}
			}
			StringWriter out = new StringWriter();
			CSVPrinter printer = new CSVPrinter(out, CsvExporter.FORMAT);
			printer.printRecord(table.header());
			for (CSVRecord record : kept) {
				printer.printRecord(record.values());
			}
			printer.flush();
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
