package org.sanctuarytracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.ExportFilter;
import org.sanctuarytracker.export.ExportService;
import org.sanctuarytracker.export.ExportTable;
import org.sanctuarytracker.export.ExportTables;
import org.sanctuarytracker.export.PointInTime;
import org.sanctuarytracker.export.RowPage;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.history.ChangeFilter;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.reading.ProfileHistory;
import org.sanctuarytracker.system.BoundedCount;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the read-only JSON API: the browse pages' data, paginated, with their filters,
 * {@code updated_since} and {@code as_of}, a jurisdiction's profile and a person with
 * their terms of office (both also {@code as_of}); rows and field names as in the CSV
 * exports. Everything is read from a snapshot of the revision history, named in the
 * X-Snapshot-As-Of header.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Tracker data", description = "Read-only; field meanings are in the data dictionary at /export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiController {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	static final String ASOF = "The data as it stood at a date (YYYY-MM-DD: the end of that day, UTC) or an instant "
			+ "(2026-11-20T14:03:00Z). The answer names the revision it read in the X-Snapshot-As-Of and "
			+ "X-Snapshot-Revision headers; asking for that instant again returns the same data. A moment before "
			+ "the first revision is refused with 400.";

	static final String AFTER = "Instead of page: the rows after this id, in id order. Each page names the id to "
			+ "continue after in next_after (null on the last page); any page read so costs what the first does, "
			+ "while a page number far from the start is read by skipping every row before it. Give as_of with "
			+ "it (the as_of of the first page) to page through one snapshot.";

	private final ExportService exports;

	private final ProfileHistory history;

	private final HistoryService changes;

	/**
	 * A list ({@link ApiList}): its rows, filtered, as a page. The OpenAPI document
	 * describes each list's own path and filters ({@link ApiSchemas}); a list without
	 * filters applies none it is given.
	 */
	@GetMapping("/{list}")
	@Operation(summary = "A list")
	ResponseEntity<ApiPage> list(@PathVariable ApiList list, @Valid @ModelAttribute ExportFilter filter,
			@ModelAttribute ListRequest request) {
		return rows(list.table(), list.filters().isEmpty() ? ExportFilter.none() : filter, request);
	}

	@GetMapping("/jurisdictions/{slug}")
	@Operation(summary = "A jurisdiction's profile",
			description = "Status, policies, provisions in force, statements, funding exposure, figures, designations and sources, "
					+ "read from the revision history like the exports: as_of gives the profile as it stood then "
					+ "(404 if no jurisdiction had the slug then)")
	ResponseEntity<ProfileDocument> jurisdiction(@PathVariable String slug,
			@Parameter(description = ASOF) @RequestParam(name = "as_of", required = false) String asOf) {
		Snapshot snapshot = this.exports.snapshot(PointInTime.parameter("as_of", asOf));
		ProfileDocument profile = this.history.profile(slug, snapshot.revision(), snapshot.date(),
				snapshot.instant().toString(), ProfileDocument::of);
		return ResponseEntity.ok().headers(snapshot.headers()).body(profile);
	}

	@GetMapping("/people/{slug}")
	@Operation(summary = "A person with their terms of office",
			description = "The person's row of people.csv (party with party_source_id) and their terms as in "
					+ "person_terms.csv (title, jurisdiction, held_from and held_to with their precision, "
					+ "source_id), read from one snapshot: as_of gives them as they stood then "
					+ "(404 if no person had the slug then)")
	ResponseEntity<PersonDocument> person(@PathVariable String slug,
			@Parameter(description = ASOF) @RequestParam(name = "as_of", required = false) String asOf) {
		PointInTime moment = PointInTime.parameter("as_of", asOf);
		Snapshot snapshot = this.exports.snapshot(moment);
		// The same rows as the exports, filtered by the person's slug as it stood then.
		ExportFilter person = new ExportFilter(null, null, null, null, null, null, null, slug, null, null, moment,
				null);
		List<Map<String, Object>> found = this.exports.page(ExportTables.named("people"), snapshot, person, 1, 1)
			.rows();
		if (found.isEmpty()) {
			throw new NotFoundException("person", slug + " as of " + snapshot.instant());
		}
		List<Map<String, Object>> terms = new ArrayList<>();
		ExportTable termTable = ExportTables.named("person_terms");
		for (int page = 1;; page++) {
			RowPage rows = this.exports.page(termTable, snapshot, person, page, MAX_SIZE);
			terms.addAll(rows.rows());
			if (rows.rows().size() < MAX_SIZE) {
				break;
			}
		}
		return ResponseEntity.ok().headers(snapshot.headers()).body(PersonDocument.of(found.get(0), terms));
	}

	@GetMapping("/changes")
	@Operation(summary = "Recent changes",
			description = "Every record each revision changed, newest first: who, when, the edit summary, and "
					+ "the record's history page. Filters: editor (username), type, jurisdiction (slug: its own "
					+ "changes and those of what is attached to it), from, to (YYYY-MM-DD). Counts stop at 1,000.")
	ResponseEntity<ChangePage> changes(@Valid @ModelAttribute ChangeFilter filter) {
		return ResponseEntity.ok().body(ChangePage.of(this.changes.changes(filter), BoundedCount.LIMIT));
	}

	private ResponseEntity<ApiPage> rows(String tableName, ExportFilter filter, ListRequest list) {
		int pageNumber = list.pageNumber();
		int pageSize = list.pageSize();
		Long after = list.afterId();
		ExportTable table = ExportTables.named(tableName);
		ExportFilter complete = filter.withMoments(PointInTime.parameter("as_of", list.asOf()),
				PointInTime.parameter("updated_since", list.updatedSince()));
		Snapshot snapshot = this.exports.snapshot(complete.asOf());
		RowPage rows = (after != null) ? this.exports.pageAfter(table, snapshot, complete, after, pageSize)
				: this.exports.page(table, snapshot, complete, pageNumber, pageSize);
		long pages = (rows.total() + pageSize - 1) / pageSize;
		return ResponseEntity.ok()
			.headers(snapshot.headers())
			.body(new ApiPage(rows.rows(), (after != null) ? null : pageNumber, pageSize, rows.total(),
					rows.totalExact(), pages, rows.nextAfter(), snapshot.instant().toString(), snapshot.revision()));
	}

}
