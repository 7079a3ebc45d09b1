package org.sanctuarytracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.sanctuarytracker.export.ExportFilter;
import org.sanctuarytracker.export.ExportService;
import org.sanctuarytracker.export.ExportTable;
import org.sanctuarytracker.export.PointInTime;
import org.sanctuarytracker.export.RowPage;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.export.Tables;
import org.sanctuarytracker.jurisdiction.JurisdictionProfileService;
import org.sanctuarytracker.system.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the read-only JSON API: the browse pages' data, paginated, with their filters
 * and {@code updated_since}; rows and field names as in the CSV exports.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Tracker data", description = "Read-only; field meanings are in the data dictionary at /export")
class ApiController {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	private final ExportService exports;

	private final JurisdictionProfileService profiles;

	ApiController(ExportService exports, JurisdictionProfileService profiles) {
		this.exports = exports;
		this.profiles = profiles;
	}

	@GetMapping("/jurisdictions")
	@Operation(summary = "Jurisdictions", description = "Filters: state, kind, status, provision (in force), q (name)")
	ApiPage jurisdictions(@Valid @ModelAttribute ExportFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "Only rows changed after this date or instant") @RequestParam(
					name = "updated_since", required = false) String updatedSince,
			@RequestParam(name = "as_of", required = false) String asOf) {
		return rows("jurisdictions", filter, page, size, updatedSince, asOf);
	}

	@GetMapping("/jurisdictions/{slug}")
	@Operation(summary = "A jurisdiction's profile",
			description = "Status, policies, provisions in force, statements, funding exposure, figures, designations and sources")
	ProfileDocument jurisdiction(@PathVariable String slug) {
		return ProfileDocument.of(this.profiles.profile(slug));
	}

	@GetMapping("/policies")
	@Operation(summary = "Policies", description = "Filters: jurisdiction (slug), state, kind")
	ApiPage policies(@Valid @ModelAttribute ExportFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(name = "as_of", required = false) String asOf) {
		return rows("policies", filter, page, size, updatedSince, asOf);
	}

	@GetMapping("/statements")
	@Operation(summary = "Statements",
			description = "Filters: q (full text, web-search syntax), stance, jurisdiction, person (slugs), from, to (YYYY-MM-DD)")
	ApiPage statements(@Valid @ModelAttribute ExportFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(name = "as_of", required = false) String asOf) {
		return rows("statements", filter, page, size, updatedSince, asOf);
	}

	@GetMapping("/funding-exposures")
	@Operation(summary = "Funding exposure", description = "Filters: jurisdiction (slug), state, kind")
	ApiPage fundingExposures(@Valid @ModelAttribute ExportFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(name = "as_of", required = false) String asOf) {
		return rows("funding_exposures", filter, page, size, updatedSince, asOf);
	}

	@GetMapping("/sources")
	@Operation(summary = "Sources")
	ApiPage sources(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(name = "updated_since", required = false) String updatedSince,
			@RequestParam(name = "as_of", required = false) String asOf) {
		return rows("sources", ExportFilter.none(), page, size, updatedSince, asOf);
	}

	private ApiPage rows(String tableName, ExportFilter filter, Integer page, Integer size, String updatedSince,
			String asOf) {
		int pageNumber = (page != null) ? page : 1;
		int pageSize = (size != null) ? size : DEFAULT_SIZE;
		if (pageNumber < 1 || pageNumber > 100000) {
			throw new BadRequestException("api.page.invalid", pageNumber);
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			throw new BadRequestException("api.size.invalid", pageSize, MAX_SIZE);
		}
		ExportTable table = Tables.named(tableName);
		ExportFilter complete = filter.withMoments(PointInTime.parameter("as_of", asOf),
				PointInTime.parameter("updated_since", updatedSince));
		Snapshot snapshot = this.exports.snapshot(complete.asOf());
		RowPage rows = this.exports.page(table, snapshot, complete, pageNumber, pageSize);
		long pages = (rows.total() + pageSize - 1) / pageSize;
		return new ApiPage(rows.rows(), pageNumber, pageSize, rows.total(), pages, snapshot.instant().toString(),
				snapshot.revision());
	}

}
