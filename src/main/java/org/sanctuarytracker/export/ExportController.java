package org.sanctuarytracker.export;

import java.util.function.Function;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BadRequestException;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.QueryString;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the downloads: the export page with its data dictionary, one CSV per table (with
 * the browse pages' filters, {@code as_of} and {@code updated_since}), and the whole
 * dataset as a zip.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExportController {

	static final String VIEW = "export/index";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ExportService exports;

	/**
	 * The export page; with {@code table}, also the download its builder form asks for:
	 * the address (filters and as_of in it, to copy, cite and download again) and the
	 * name the file will have.
	 */
	@GetMapping("/export")
	String page(@RequestParam(required = false) String table, @Valid @ModelAttribute("filter") ExportFilter filter,
			@RequestParam(name = "as_of", required = false) String asOf,
			@RequestParam(defaultValue = "false") boolean excel, Model model) {
		model.addAttribute("tables", ExportTables.ALL);
		model.addAttribute("snapshot", this.exports.snapshot(null));
		model.addAttribute("asOf", (asOf != null) ? asOf.strip() : "");
		model.addAttribute("excel", excel);
		if ((table == null || table.isBlank()) && asOf != null) {
			// The page itself shows the current data only; as_of builds a download.
			throw new BadRequestException("export.moment.unsupported", "/export");
		}
		if (table != null && !table.isBlank()) {
			ExportTable chosen = ExportTables.named(table);
			if (chosen == null) {
				throw new BadRequestException("export.builder.table", table);
			}
			ExportFilter complete = filter.withMoments(moment("as_of", asOf), null);
			Snapshot snapshot = this.exports.snapshot(complete.asOf());
			model.addAttribute("built",
					new BuiltDownload(chosen.name(), address(chosen, ".csv", complete, asOf, excel),
							DownloadNames.of(chosen.name(), ".csv", complete, snapshot),
							address(chosen, ".xlsx", complete, asOf, false),
							DownloadNames.of(chosen.name(), ".xlsx", complete, snapshot), snapshot));
		}
		return VIEW;
	}

	@GetMapping("/export/{name}.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String name,
			@Valid @ModelAttribute("filter") ExportFilter filter,
			@RequestParam(name = "as_of", required = false) String asOf,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(defaultValue = "false") boolean excel) {
		return table(name, ".csv", CSV, filter, asOf, updatedSince,
				(table, snapshot, complete) -> (out) -> this.exports.writeCsv(table, snapshot, complete, out, excel));
	}

	@GetMapping("/export/{name}.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String name,
			@Valid @ModelAttribute("filter") ExportFilter filter,
			@RequestParam(name = "as_of", required = false) String asOf,
			@RequestParam(name = "updated_since", required = false) String updatedSince) {
		return table(name, ".xlsx", XLSX, filter, asOf, updatedSince,
				(table, snapshot, complete) -> (out) -> this.exports.writeXlsx(table, snapshot, complete, out));
	}

	@GetMapping("/export/dataset.xlsx")
	ResponseEntity<StreamingResponseBody> xlsxBundle(@RequestParam(name = "as_of", required = false) String asOf) {
		return bundle(".xlsx", XLSX, asOf, (snapshot) -> (out) -> this.exports.writeXlsxBundle(snapshot, out));
	}

	@GetMapping("/export/dataset.zip")
	ResponseEntity<StreamingResponseBody> bundle(@RequestParam(name = "as_of", required = false) String asOf) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return bundle(".zip", MediaType.parseMediaType("application/zip"), asOf,
				(snapshot) -> (out) -> this.exports.writeBundle(snapshot, base, out));
	}

	/** What writes one table's download, once its snapshot and filter are known. */
	private interface TableBody {

		StreamingResponseBody of(ExportTable table, Snapshot snapshot, ExportFilter filter);

	}

	// One table in one format: its snapshot resolved first, so a bad as_of is a 400 and
	// the headers name the revision the body will read.
	private ResponseEntity<StreamingResponseBody> table(String name, String extension, MediaType type,
			ExportFilter filter, String asOf, String updatedSince, TableBody body) {
		ExportTable table = ExportTables.named(name);
		if (table == null) {
			throw new NotFoundException("export", name + extension);
		}
		ExportFilter complete = filter.withMoments(moment("as_of", asOf), moment("updated_since", updatedSince));
		Snapshot snapshot = this.exports.snapshot(complete.asOf());
		return ResponseEntity.ok()
			.contentType(type)
			.headers(snapshotHeaders(snapshot, DownloadNames.of(table.name(), extension, complete, snapshot)))
			.body(body.of(table, snapshot, complete));
	}

	private ResponseEntity<StreamingResponseBody> bundle(String extension, MediaType type, String asOf,
			Function<Snapshot, StreamingResponseBody> body) {
		Snapshot snapshot = this.exports.snapshot(moment("as_of", asOf));
		return ResponseEntity.ok()
			.contentType(type)
			.headers(snapshotHeaders(snapshot,
					DownloadNames.of("sanctuary-tracker-dataset", extension,
							ExportFilter.none().withMoments(moment("as_of", asOf), null), snapshot)))
			.body(body.apply(snapshot));
	}

	private static HttpHeaders snapshotHeaders(Snapshot snapshot, String fileName) {
		HttpHeaders headers = snapshot.headers();
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
		return headers;
	}

	// The CSV's address with the builder's choices, as the list pages link to theirs;
	// values form-encoded strictly (a "+" in q stays a "+").
	private static String address(ExportTable table, String extension, ExportFilter filter, String asOf,
			boolean excel) {
		String query = new QueryString().add("jurisdiction", filter.jurisdiction())
			.add("person", filter.person())
			.add("state", filter.state())
			.add("q", filter.q())
			.add("from", filter.from())
			.add("to", filter.to())
			.add("as_of", asOf)
			.add("excel", excel ? "true" : null)
			.suffix();
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/export/" + table.name()
				+ extension + query;
	}

	/**
	 * What the builder made: the addresses of the download, as CSV and as a spreadsheet,
	 * and the names they are saved under.
	 */
	record BuiltDownload(String table, String url, String fileName, String xlsxUrl, String xlsxFileName,
			Snapshot snapshot) {
	}

	private static PointInTime moment(String parameter, String value) {
		return PointInTime.parameter(parameter, value);
	}

}
