package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionForm;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Component;

/**
 * Imports jurisdictions.csv rows. A row with an id updates that jurisdiction; without one
 * it creates a jurisdiction, which later rows may name as their parent by slug.
 */
@Component
@ImportsTable(value = "jurisdictions", required = { "name", "kind" })
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JurisdictionRows implements RowImporter {

	private static final String FETCH = ImportContext.JURISDICTION_FETCH;

	private final FormCheck forms;

	private final JurisdictionService jurisdictions;

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<Jurisdiction> changes = Changes.of(row, context, Jurisdiction.class, FETCH);
		Jurisdiction current = changes.current();
		JurisdictionKind kind = changes.value("kind", row.code("kind", JurisdictionKind.class), Jurisdiction::getKind);
		String name = changes.value("name", row.text("name"), Jurisdiction::getName);
		String slug = slug(row, changes, current, name, context);
		String stateCode = changes.value("state_code", stateCode(row), Jurisdiction::getStateCode);
		Jurisdiction parent = changes.value("parent_id", "parent_slug",
				context.jurisdiction(row, "parent_id", "parent_slug", false), Jurisdiction::getParent);
		if (parent != null && parent == current) {
			row.reject("parent_id", "import.problem.ownParent");
		}
		String geoid = changes.value("geoid", unique(row, "geoid", context::jurisdictionByGeoid, current, context),
				Jurisdiction::getGeoid);
		String ocdId = changes.value("ocd_id", unique(row, "ocd_id", context::jurisdictionByOcdId, current, context),
				Jurisdiction::getOcdId);
		Long population = changes.value("population", row.integer("population"), Jurisdiction::getPopulation);
		Integer year = changes.value("population_year", toInteger(row.integer("population_year")),
				Jurisdiction::getPopulationYear);
		BigDecimal latitude = changes.value("latitude", row.decimal("latitude", 9, 6), Jurisdiction::getLatitude);
		BigDecimal longitude = changes.value("longitude", row.decimal("longitude", 9, 6), Jurisdiction::getLongitude);
		String summary = changes.value("summary", row.text("summary"), Jurisdiction::getSummary);
		JurisdictionStatus status = changes.value("status",
				Objects.requireNonNullElse(row.code("status", JurisdictionStatus.class), JurisdictionStatus.UNASSESSED),
				Jurisdiction::getStatus);
		String rationale = changes.value("status_rationale", row.text("status_rationale"),
				Jurisdiction::getStatusRationale);
		PartialDate asOf = changes.value("status_as_of", row.partialDate("status_as_of"), Jurisdiction::getStatusAsOf);
		// The file cannot carry the sources an assessment cites; changing a cited
		// assessment here would leave them backing something they do not say.
		if (current != null && !current.getStatusSources().isEmpty()
				&& changes.changed().stream().anyMatch((column) -> column.startsWith("status"))) {
			row.reject("status", "import.problem.assessmentCitesSources");
		}
		JurisdictionForm form = new JurisdictionForm();
		form.setKind(kind);
		form.setName(name);
		form.setSlug(slug);
		form.setStateCode(stateCode);
		form.setParent((parent != null) ? parent.getSlug() : null);
		form.setGeoid(geoid);
		form.setOcdId(ocdId);
		form.setPopulation(population);
		form.setPopulationYear(year);
		form.setLatitude(latitude);
		form.setLongitude(longitude);
		form.setSummary(summary);
		form.setStatus(status);
		form.setStatusRationale(rationale);
		form.setStatusAsOf(asOf);
		this.forms.check(row, form, java.util.Map.of());
		String label = (slug != null) ? slug : name;
		// The file cannot carry an assessment's sources: an update keeps them (a row that
		// would change a cited assessment is refused above).
		List<Source> statusSources = (current != null) ? List.copyOf(current.getStatusSources()) : List.of();
		return changes.planned(label, () -> {
			Jurisdiction created = this.jurisdictions.filled(null, form, parent, List.of());
			// Later rows of the file may name it as their parent.
			context.created(created);
			return () -> context.insert(created);
		}, () -> this.jurisdictions.filled(current, form, context.attached(parent), statusSources));
	}

	/**
	 * The slug: the file's, or made from the name for a new record; an existing record
	 * keeps its own.
	 */
	private static String slug(Row row, Changes<Jurisdiction> changes, Jurisdiction current, String name,
			ImportContext context) {
		String fromFile = row.has("slug") ? row.text("slug")
				: (current == null && name != null) ? Slugs.of(name) : (current != null) ? current.getSlug() : null;
		String slug = changes.value("slug", fromFile, Jurisdiction::getSlug);
		if (slug == null) {
			return null;
		}
		// Its form says what a slug may be (JurisdictionForm); the file and the database
		// say whether it is free.
		if (!context.firstUse("jurisdiction-slug:" + slug)) {
			row.reject("slug", "import.problem.twiceInFile", slug);
		}
		else {
			Jurisdiction holder = context.jurisdictionBySlug(slug);
			if (holder != null && holder != current) {
				row.reject("slug", "import.problem.slugTaken", slug);
			}
		}
		return slug;
	}

	/** The state's code, in capitals as stored (the form checks it is two letters). */
	private static String stateCode(Row row) {
		String stateCode = row.text("state_code");
		return (stateCode != null) ? stateCode.toUpperCase(java.util.Locale.ROOT) : null;
	}

	/**
	 * A code that must be unique among jurisdictions (GEOID, OCD id); its form says how
	 * it is written.
	 */
	private static String unique(Row row, String column, Function<String, Jurisdiction> holders, Jurisdiction current,
			ImportContext context) {
		String value = row.text(column);
		if (value == null) {
			return null;
		}
		if (!context.firstUse(column + ":" + value)) {
			row.reject(column, "import.problem.twiceInFile", value);
		}
		else {
			Jurisdiction holder = holders.apply(value);
			if (holder != null && holder != current) {
				row.reject(column, "import.problem.usedBy", value, holder.getSlug());
			}
		}
		return value;
	}

	private static Integer toInteger(Long value) {
		return (value != null) ? value.intValue() : null;
	}

}
