package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.sanctuarytracker.export.ExportTable;
import org.sanctuarytracker.export.ExportTables;
import org.sanctuarytracker.history.CreatedInBulk;
import org.sanctuarytracker.history.EditSummary;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' bulk import of a CSV in an export's own columns: a dry run that writes nothing
 * and says what would be created, updated and rejected (with line numbers and reasons);
 * then a commit that applies every row in one transaction, all or nothing, as one
 * revision with the editor's summary. Files are read as streams, whatever their length.
 */
@Service
public class ImportService {

	/** Rows planned, looked up and written together; the memory an import holds. */
	static final int CHUNK = 500;

	private final Map<String, RowImporter> importers;

	private final EntityManager entityManager;

	private final TransactionTemplate writes;

	private final TransactionTemplate dryRuns;

	private final ImportSlots slots;

	private final CreatedInBulk history;

	ImportService(List<RowImporter> importers, EntityManager entityManager, PlatformTransactionManager transactions,
			ImportSlots slots, CreatedInBulk history) {
		this.slots = slots;
		this.history = history;
		this.importers = importers.stream().collect(Collectors.toMap(RowImporter::table, Function.identity()));
		this.entityManager = entityManager;
		this.writes = new TransactionTemplate(transactions);
		this.dryRuns = new TransactionTemplate(transactions);
		this.dryRuns.setReadOnly(true);
	}

	/** The tables that can be imported, in the export page's order. */
	public List<String> tables() {
		return ExportTables.ALL.stream().map(ExportTable::name).filter(this.importers::containsKey).toList();
	}

	/**
	 * What a table's file must carry: its template (the export's header, every column a
	 * file may have) and the columns a row creating a record needs.
	 */
	public record TableTemplate(String table, List<String> columns, List<String> toCreate) {

		/** The template as a file: the header row alone, as the export writes it. */
		public String csv() {
			return String.join(",", this.columns) + "\r\n";
		}

	}

	public List<TableTemplate> templates() {
		return tables().stream().map(this::template).toList();
	}

	/** The template of an importable table, or null for any other name. */
	public TableTemplate template(String table) {
		RowImporter importer = this.importers.get(table);
		if (importer == null) {
			return null;
		}
		return new TableTemplate(table, ExportTables.named(table).header(),
				importer.requiredColumns().stream().map((required) -> required.replace("|", " or ")).toList());
	}

	public ImportPreview dryRun(String table, InputStreamSource file) {
		return this.slots.run(() -> this.dryRuns.execute((status) -> {
			ImportPreview preview = run(table, file, false);
			status.setRollbackOnly();
			return preview;
		}));
	}

	/** Applies the file if no row is rejected; otherwise changes nothing and says why. */
	public ImportPreview commit(String table, InputStreamSource file, String summary) {
		try {
			return this.slots.run(() -> this.writes.execute((status) -> {
				// Sets what the revision will say; the revision-order lock waits until
				// the rows are written (see history/RevisionOrder).
				EditSummary.set(summary);
				ImportPreview preview = run(table, file, true);
				if (!preview.canCommit()) {
					status.setRollbackOnly();
				}
				return preview;
			}));
		}
		catch (PersistenceException ex) {
			// The import writes through the EntityManager, which Spring does not
			// translate.
			throw new DataIntegrityViolationException("The database refused the import", ex);
		}
	}

	/**
	 * Reads the file a chunk of rows at a time: plans the chunk (looking up what its rows
	 * name together), and when writing, applies it and flushes it while no row so far is
	 * rejected. After the first rejection the rest is only planned, for the preview, and
	 * the transaction is rolled back: all or nothing, in the memory of one chunk.
	 */
	private ImportPreview run(String table, InputStreamSource source, boolean write) {
		RowImporter importer = this.importers.get(table);
		if (importer == null) {
			throw new FileProblem("import.table.unknown", table);
		}
		try (InputStream stream = source.getInputStream(); CsvFile file = CsvFile.open(stream)) {
			checkHeader(importer, file.header());
			ImportContext context = new ImportContext(this.entityManager, this.history, table);
			ImportPreview.Builder preview = new ImportPreview.Builder(table);
			List<Row> chunk = new ArrayList<>(CHUNK);
			while (file.hasNext()) {
				chunk.add(new Row(file.next()));
				if (chunk.size() == CHUNK || !file.hasNext()) {
					planChunk(importer, context, chunk, file.header().size(), preview, write);
					chunk.clear();
				}
			}
			return preview.build();
		}
		catch (IOException ex) {
			throw new FileProblem("import.file.notCsv");
		}
	}

	private void planChunk(RowImporter importer, ImportContext context, List<Row> chunk, int columns,
			ImportPreview.Builder preview, boolean write) {
		context.startChunk(chunk);
		List<Planned> plans = new ArrayList<>(chunk.size());
		for (Row row : chunk) {
			if (!row.isConsistent()) {
				row.reject(RowProblem.ofRow("import.problem.cellCount", String.valueOf(row.cells()),
						String.valueOf(columns)));
				plans.add(Planned.reject(row, ""));
				continue;
			}
			plans.add(importer.plan(row, context));
		}
		plans.forEach(preview::add);
		boolean writing = write && !preview.anyRejected();
		if (writing) {
			plans.forEach((row) -> row.apply().run());
			context.write();
		}
		context.endChunk(writing);
	}

	private static void checkHeader(RowImporter importer, List<String> header) {
		Set<String> known = new LinkedHashSet<>(ExportTables.named(importer.table()).header());
		List<String> unknown = header.stream().filter((column) -> !known.contains(column)).toList();
		if (!unknown.isEmpty()) {
			throw new FileProblem("import.file.unknownColumns", String.join(", ", unknown), importer.table());
		}
		// A file with ids may leave out required columns: its rows update only the
		// columns it has, and a row without an id (a new record) is refused for each
		// value it lacks.
		if (header.contains("id")) {
			return;
		}
		List<String> missing = new ArrayList<>();
		for (String required : importer.requiredColumns()) {
			boolean present = false;
			for (String alternative : required.split("\\|")) {
				present |= header.contains(alternative);
			}
			if (!present) {
				missing.add(required.replace("|", " or "));
			}
		}
		if (!missing.isEmpty()) {
			throw new FileProblem("import.file.missingColumns", String.join(", ", missing));
		}
	}

}
