package org.sanctuarytracker.dataimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.apache.commons.csv.CSVRecord;
import org.sanctuarytracker.export.ExportTable;
import org.sanctuarytracker.export.Tables;
import org.sanctuarytracker.history.EditSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' bulk import of a CSV in an export's own columns: a dry run that writes nothing
 * and says what would be created, updated and rejected (with line numbers and reasons);
 * then a commit that applies every row in one transaction, all or nothing, as one
 * revision with the editor's summary.
 */
@Service
public class ImportService {

	private final Map<String, RowImporter> importers;

	private final EntityManager entityManager;

	private final TransactionTemplate writes;

	private final TransactionTemplate dryRuns;

	ImportService(List<RowImporter> importers, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.importers = importers.stream().collect(Collectors.toMap(RowImporter::table, Function.identity()));
		this.entityManager = entityManager;
		this.writes = new TransactionTemplate(transactions);
		this.dryRuns = new TransactionTemplate(transactions);
		this.dryRuns.setReadOnly(true);
	}

	/** The tables that can be imported, in the export page's order. */
	public List<String> tables() {
		return Tables.ALL.stream().map(ExportTable::name).filter(this.importers::containsKey).toList();
	}

	public ImportPreview dryRun(String table, byte[] bytes) {
		return this.dryRuns.execute((status) -> {
			ImportPreview preview = ImportPreview.of(table, plan(table, bytes));
			status.setRollbackOnly();
			return preview;
		});
	}

	/** Applies the file if no row is rejected; otherwise changes nothing and says why. */
	public ImportPreview commit(String table, byte[] bytes, String summary) {
		try {
			return write(table, bytes, summary);
		}
		catch (PersistenceException ex) {
			// The import writes through the EntityManager, which Spring does not
			// translate.
			throw new DataIntegrityViolationException("The database refused the import", ex);
		}
	}

	private ImportPreview write(String table, byte[] bytes, String summary) {
		return this.writes.execute((status) -> {
			List<Planned> plan = plan(table, bytes);
			ImportPreview preview = ImportPreview.of(table, plan);
			if (!preview.canCommit()) {
				status.setRollbackOnly();
				return preview;
			}
			EditSummary.set(summary);
			plan.forEach((row) -> row.apply().run());
			this.entityManager.flush();
			return preview;
		});
	}

	private List<Planned> plan(String table, byte[] bytes) {
		RowImporter importer = this.importers.get(table);
		if (importer == null) {
			throw new FileProblem("import.table.unknown", table);
		}
		CsvFile file = CsvFile.read(bytes);
		checkHeader(importer, file.header());
		ImportContext context = new ImportContext(this.entityManager);
		List<Planned> plan = new ArrayList<>(file.records().size());
		for (CSVRecord record : file.records()) {
			Row row = new Row(record);
			if (!record.isConsistent()) {
				row.reject("the row has " + record.size() + " cells, the header " + file.header().size());
				plan.add(Planned.reject(row, ""));
				continue;
			}
			plan.add(importer.plan(row, context));
		}
		return plan;
	}

	private static void checkHeader(RowImporter importer, List<String> header) {
		Set<String> known = new LinkedHashSet<>(Tables.named(importer.table()).header());
		List<String> unknown = header.stream().filter((column) -> !known.contains(column)).toList();
		if (!unknown.isEmpty()) {
			throw new FileProblem("import.file.unknownColumns", String.join(", ", unknown), importer.table());
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
