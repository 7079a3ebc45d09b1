package org.sanctuarytracker.api;

import java.util.List;
import java.util.Locale;

/**
 * The API's lists, each an export table's rows ({@code /api/v1/funding-exposures} is
 * funding_exposures.csv's) with the filters it applies: one handler serves them all
 * ({@link ApiController#list}), its path segment read as this enum (an address that names
 * none is a 404), and the OpenAPI document describes each from here ({@link ApiSchemas}).
 * A new list is one constant, named as its export table.
 */
enum ApiList {

	JURISDICTIONS("Jurisdictions", "Filters: state, kind, status, provision (in force), q (name)", "state", "kind",
			"status", "provision", "q"),

	POLICIES("Policies", "Filters: jurisdiction (slug), state, kind", "jurisdiction", "state", "kind"),

	STATEMENTS("Statements",
			"Filters: q (full text, web-search syntax), stance, jurisdiction, person (slugs), from, to (YYYY-MM-DD)",
			"q", "stance", "jurisdiction", "person", "from", "to"),

	FUNDING_EXPOSURES("Funding exposure", "Filters: jurisdiction (slug), state, kind", "jurisdiction", "state", "kind"),

	INDICATORS("Figures",
			"Dated numbers about a jurisdiction (e.g. migrant arrivals), each with the hedge its source puts on it "
					+ "and its source ids. Filters: jurisdiction (slug), state, kind",
			"jurisdiction", "state", "kind"),

	DESIGNATIONS("Designations",
			"Federal lists that named a jurisdiction, when it was listed and removed, and whether it disputes the "
					+ "listing. Filters: jurisdiction (slug), state, kind",
			"jurisdiction", "state", "kind"),

	PEOPLE("People", "Filters: jurisdiction (slug), q (name)", "jurisdiction", "q"),

	/** No filters: paging and moments only. */
	SOURCES("Sources", null);

	private final String summary;

	private final String description;

	private final List<String> filters;

	ApiList(String summary, String description, String... filters) {
		this.summary = summary;
		this.description = description;
		this.filters = List.of(filters);
	}

	/**
	 * The export table its rows are, by its name: FUNDING_EXPOSURES is funding_exposures.
	 */
	String table() {
		return name().toLowerCase(Locale.ROOT);
	}

	String summary() {
		return this.summary;
	}

	String description() {
		return this.description;
	}

	/** The export filters it applies, in the order the document lists them. */
	List<String> filters() {
		return this.filters;
	}

	/** Its address: {@code /api/v1/funding-exposures}. */
	String path() {
		return "/api/v1/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Its operation's id, as the handler methods named it: {@code fundingExposures}. */
	String operationId() {
		StringBuilder id = new StringBuilder();
		for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
			id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return id.toString();
	}

}
