package org.sanctuarytracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

/**
 * Exports for researchers: one table as CSV, or the whole dataset as a zip with a
 * datapackage.json, a README and the snapshot it stands at. The same snapshot always
 * gives the same bytes.
 */
@Service
public class ExportService {

	private final Snapshots snapshots;

	private final CsvExporter csv;

	private final DataPackage dataPackage;

	private final JsonRows json;

	private final XlsxExporter xlsx;

	ExportService(Snapshots snapshots, CsvExporter csv, DataPackage dataPackage, JsonRows json, XlsxExporter xlsx) {
		this.snapshots = snapshots;
		this.csv = csv;
		this.xlsx = xlsx;
		this.dataPackage = dataPackage;
		this.json = json;
	}

	/**
	 * One page of a table's rows for the JSON API; the same rows as the CSV, in the same
	 * order.
	 */
	public RowPage page(ExportTable table, Snapshot snapshot, ExportFilter filter, int page, int size) {
		return this.json.page(table, snapshot, filter, page, size, null);
	}

	/** The page of a table's rows after the row with id {@code after}. */
	public RowPage pageAfter(ExportTable table, Snapshot snapshot, ExportFilter filter, long after, int size) {
		return this.json.page(table, snapshot, filter, 1, size, after);
	}

	public Snapshot snapshot(PointInTime asOf) {
		return this.snapshots.asOf(asOf);
	}

	public long writeCsv(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out,
			boolean byteOrderMark) {
		return this.csv.write(table, snapshot, filter, out, byteOrderMark);
	}

	/** One table as a spreadsheet (see {@link XlsxExporter}). */
	public void writeXlsx(ExportTable table, Snapshot snapshot, ExportFilter filter, OutputStream out) {
		this.xlsx.write(table, snapshot, filter, out);
	}

	/** Every table as one spreadsheet, a sheet each, with the data dictionary. */
	public void writeXlsxBundle(Snapshot snapshot, OutputStream out) {
		this.xlsx.write(ExportTables.ALL, snapshot, ExportFilter.none(), out);
	}

	public void writeBundle(Snapshot snapshot, String baseUrl, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		// The fastest compression: at the default level, deflating 144 MB of CSV on one
		// core took longer than reading and writing the rows (the national dataset's zip
		// took 2.4 times its CSVs one by one); CSV still shrinks to about a quarter.
		zip.setLevel(Deflater.BEST_SPEED);
		// The CSV writer must not close the zip.
		OutputStream entryStream = new Unclosable(zip);
		for (ExportTable table : ExportTables.ALL) {
			zip.putNextEntry(entry(table.fileName(), snapshot));
			this.csv.write(table, snapshot, ExportFilter.none(), entryStream, false);
			zip.closeEntry();
		}
		writeText(zip, "datapackage.json", this.dataPackage.describe(snapshot), snapshot);
		writeText(zip, "SNAPSHOT.txt", "as_of=" + snapshot.instant() + "\nrevision=" + snapshot.revision() + "\n",
				snapshot);
		writeText(zip, "README.md", readme(snapshot, baseUrl), snapshot);
		zip.finish();
		zip.flush();
	}

	private static void writeText(ZipOutputStream zip, String name, String text, Snapshot snapshot) throws IOException {
		zip.putNextEntry(entry(name, snapshot));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	// Entries carry the snapshot's time, not the download's, so the archive is
	// byte-identical whenever it is downloaded again for the same snapshot.
	private static ZipEntry entry(String name, Snapshot snapshot) {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(FileTime.from(snapshot.instant()));
		return entry;
	}

	static String readme(Snapshot snapshot, String baseUrl) {
		String again = baseUrl + "/export/dataset.zip?as_of=" + snapshot.instant();
		return """
				# Sanctuary-policy tracker: dataset

				Snapshot: the data as it stood at %s (revision %d).
				Download these exact files again: %s

				## Files

				One CSV per table (RFC 4180, UTF-8, header row, CRLF line ends). Ids are stable numbers;
				dates are ISO 8601, each with a *_precision column (DAY, MONTH or YEAR: a MONTH date is
				the month's first day, a YEAR date 1 January); money is plain decimal US dollars; codes
				are given as codes; an empty cell means unknown. `datapackage.json` describes every
				column (a Frictionless Data Package: validate with `frictionless validate datapackage.json`).
				`citations.csv` links each fact to its sources (`sources.csv`).

				## How to cite

				Sanctuary-policy tracker, dataset as of %s (revision %d). %s

				Cite the sources each fact links to, too: the tracker records what they report.
				""".formatted(snapshot.instant(), snapshot.revision(), again, snapshot.instant(), snapshot.revision(),
				again);
	}

}
