package org.sanctuarytracker.export;

import jakarta.validation.Valid;
import org.sanctuarytracker.system.NotFoundException;
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
class ExportController {

	static final String VIEW = "export/index";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/export")
	String page(Model model) {
		model.addAttribute("tables", Tables.ALL);
		model.addAttribute("snapshot", this.exports.snapshot(null));
		return VIEW;
	}

	@GetMapping("/export/{name}.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String name,
			@Valid @ModelAttribute("filter") ExportFilter filter,
			@RequestParam(name = "as_of", required = false) String asOf,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(defaultValue = "false") boolean excel) {
		ExportTable table = Tables.named(name);
		if (table == null) {
			throw new NotFoundException("export", name + ".csv");
		}
		ExportFilter complete = filter.withMoments(moment("as_of", asOf), moment("updated_since", updatedSince));
		Snapshot snapshot = this.exports.snapshot(complete.asOf());
		StreamingResponseBody body = (out) -> this.exports.writeCsv(table, snapshot, complete, out, excel);
		return ResponseEntity.ok().contentType(CSV).headers(snapshotHeaders(snapshot, table.fileName())).body(body);
	}

	@GetMapping("/export/dataset.zip")
	ResponseEntity<StreamingResponseBody> bundle(@RequestParam(name = "as_of", required = false) String asOf) {
		Snapshot snapshot = this.exports.snapshot(moment("as_of", asOf));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		StreamingResponseBody body = (out) -> this.exports.writeBundle(snapshot, base, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.headers(snapshotHeaders(snapshot, "sanctuary-tracker-dataset.zip"))
			.body(body);
	}

	private static HttpHeaders snapshotHeaders(Snapshot snapshot, String fileName) {
		HttpHeaders headers = snapshot.headers();
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
		return headers;
	}

	private static PointInTime moment(String parameter, String value) {
		return PointInTime.parameter(parameter, value);
	}

}
