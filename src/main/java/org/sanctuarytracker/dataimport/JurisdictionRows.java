package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.system.PartialDate;
import org.sanctuarytracker.system.Slugs;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports jurisdictions.csv rows. A row with an id updates that jurisdiction; without one
 * it creates a jurisdiction, which later rows may name as their parent by slug.
 */
@Component
class JurisdictionRows implements RowImporter {

	private static final String FETCH = "left join fetch e.parent";

	@Override
	public String table() {
		return "jurisdictions";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("name", "kind");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Map<Long, Jurisdiction> existing = context.all(Jurisdiction.class, FETCH);
		Long id = row.integer("id");
		Jurisdiction current = (id != null) ? existing.get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no jurisdiction with id " + id);
		}
		JurisdictionKind kind = row.code("kind", JurisdictionKind.class, true);
		String name = row.requiredText("name");
		String slug = row.has("slug") ? row.text("slug") : ((name != null) ? Slugs.of(name) : null);
		if (slug != null) {
			if (Slugs.isReserved(slug)) {
				row.reject("slug: \"" + slug + "\" is a word the site's addresses use");
			}
			else if (!slug.matches(Slugs.PATTERN)) {
				row.reject("slug: \"" + slug + "\" is not a slug (lower-case letters, digits, single hyphens)");
			}
			else if (!context.firstUse("jurisdiction-slug:" + slug)) {
				row.reject("slug: \"" + slug + "\" appears twice in the file");
			}
			else {
				Jurisdiction holder = context.jurisdictionsBySlug().get(slug);
				if (holder != null && holder != current) {
					row.reject("slug: \"" + slug + "\" is already used by another jurisdiction");
				}
			}
		}
		String stateCode = row.text("state_code");
		if (stateCode != null) {
			stateCode = stateCode.toUpperCase(java.util.Locale.ROOT);
			if (!stateCode.matches("[A-Z]{2}")) {
				row.reject("state_code: \"" + stateCode + "\" is not a two-letter code");
			}
		}
		if (kind != null && (kind == JurisdictionKind.NATION) != (stateCode == null)) {
			row.reject("state_code: every jurisdiction but the nation has one; the nation has none");
		}
		Jurisdiction parent = context.jurisdiction(row, "parent_id", "parent_slug", false);
		if (parent != null && parent == current) {
			row.reject("parent_id: a jurisdiction cannot be its own parent");
		}
		String geoid = row.text("geoid");
		if (geoid != null) {
			if (!geoid.matches("[0-9]{2}([0-9]{3}|[0-9]{5})?")) {
				row.reject("geoid: \"" + geoid + "\" is not a GEOID (2, 5 or 7 digits)");
			}
			else if (!context.firstUse("geoid:" + geoid)) {
				row.reject("geoid: \"" + geoid + "\" appears twice in the file");
			}
			else {
				Jurisdiction holder = context.jurisdictionsByGeoid().get(geoid);
				if (holder != null && holder != current) {
					row.reject("geoid: \"" + geoid + "\" is already used by " + holder.getSlug());
				}
			}
		}
		String ocdId = row.text("ocd_id");
		if (ocdId != null) {
			if (!ocdId.matches("ocd-division/country:[a-z]{2}(/[a-z_]+:[^/\\s]+)*")) {
				row.reject("ocd_id: \"" + ocdId + "\" is not an OCD division id");
			}
			else if (!context.firstUse("ocd-id:" + ocdId)) {
				row.reject("ocd_id: \"" + ocdId + "\" appears twice in the file");
			}
			else {
				Jurisdiction holder = context.jurisdictionsByOcdId().get(ocdId);
				if (holder != null && holder != current) {
					row.reject("ocd_id: \"" + ocdId + "\" is already used by " + holder.getSlug());
				}
			}
		}
		Long population = row.integer("population");
		Long populationYear = row.integer("population_year");
		if (population != null && population < 0) {
			row.reject("population: cannot be negative");
		}
		if (populationYear != null && (populationYear < 1790 || populationYear > 2100)) {
			row.reject("population_year: must be between 1790 and 2100");
		}
		if ((population == null) != (populationYear == null)) {
			row.reject("population_year: a population needs its year, and a year its population");
		}
		BigDecimal latitude = row.decimal("latitude");
		BigDecimal longitude = row.decimal("longitude");
		if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
			row.reject("latitude: must be between -90 and 90");
		}
		if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			row.reject("longitude: must be between -180 and 180");
		}
		if ((latitude == null) != (longitude == null)) {
			row.reject("longitude: give both latitude and longitude, or neither");
		}
		String summary = row.text("summary");
		JurisdictionStatus status = Objects.requireNonNullElse(row.code("status", JurisdictionStatus.class, false),
				JurisdictionStatus.UNASSESSED);
		String rationale = row.text("status_rationale");
		PartialDate asOf = row.partialDate("status_as_of", false);
		if (status != JurisdictionStatus.UNASSESSED && (rationale == null || asOf == null)) {
			row.reject("status: an assessment needs status_rationale and status_as_of");
		}
		String label = (slug != null) ? slug : String.valueOf(name);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		Integer year = (populationYear != null) ? populationYear.intValue() : null;
		if (current == null) {
			Jurisdiction created = new Jurisdiction(kind, name, slug, stateCode);
			fill(created, parent, geoid, ocdId, population, year, latitude, longitude, summary, status, rationale,
					asOf);
			context.created(created);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		boolean unchanged = same(current.getKind(), kind) && same(current.getName(), name)
				&& same(current.getSlug(), slug) && same(current.getStateCode(), stateCode)
				&& current.getParent() == parent && same(current.getGeoid(), geoid) && same(current.getOcdId(), ocdId)
				&& same(current.getPopulation(), population) && same(current.getPopulationYear(), year)
				&& same(current.getLatitude(), latitude) && same(current.getLongitude(), longitude)
				&& same(current.getSummary(), summary) && same(current.getStatus(), status)
				&& same(current.getStatusRationale(), rationale) && same(current.getStatusAsOf(), asOf);
		if (unchanged) {
			return Planned.unchanged(row.line(), label);
		}
		String finalStateCode = stateCode;
		return Planned.update(row.line(), label, () -> {
			current.identify(kind, name, slug, finalStateCode);
			fill(current, parent, geoid, ocdId, population, year, latitude, longitude, summary, status, rationale,
					asOf);
		});
	}

	private static void fill(Jurisdiction jurisdiction, Jurisdiction parent, String geoid, String ocdId,
			Long population, Integer year, BigDecimal latitude, BigDecimal longitude, String summary,
			JurisdictionStatus status, String rationale, PartialDate asOf) {
		jurisdiction.setParent(parent);
		jurisdiction.setGeoid(geoid);
		jurisdiction.setOcdId(ocdId);
		jurisdiction.setPopulation(population, year);
		jurisdiction.setCoordinates(latitude, longitude);
		jurisdiction.setSummary(summary);
		jurisdiction.assess(status, rationale, asOf);
	}

}
