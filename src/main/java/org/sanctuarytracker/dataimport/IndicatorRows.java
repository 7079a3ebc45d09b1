package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.indicator.Metric;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports indicators.csv rows.
 */
@Component
class IndicatorRows implements RowImporter {

	private static final String FETCH = "join fetch e.jurisdiction left join fetch e.sources";

	@Override
	public String table() {
		return "indicators";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("jurisdiction_id|jurisdiction_slug", "metric", "value", "as_of", "as_of_precision",
				"source_ids");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		Indicator current = (id != null) ? context.all(Indicator.class, FETCH).get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no indicator with id " + id);
		}
		Jurisdiction jurisdiction = context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", true);
		Metric metric = row.code("metric", Metric.class, true);
		BigDecimal value = row.decimal("value");
		if (value == null && !row.has("value")) {
			row.reject("value: required");
		}
		if (value != null && value.signum() < 0) {
			row.reject("value: cannot be negative");
		}
		ValueQualifier qualifier = Objects.requireNonNullElse(row.code("value_qualifier", ValueQualifier.class, false),
				ValueQualifier.EXACT);
		PartialDate asOf = row.partialDate("as_of", true);
		String notes = row.text("notes");
		List<Source> sources = context.sources(row, "source_ids", false);
		String label = String.valueOf(metric);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		if (current == null) {
			Indicator created = new Indicator(jurisdiction, metric, value, qualifier, asOf);
			created.setNotes(notes);
			created.cite(sources);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		boolean unchanged = current.getJurisdiction() == jurisdiction && same(current.getMetric(), metric)
				&& same(current.getValue(), value) && same(current.getValueQualifier(), qualifier)
				&& same(current.getAsOf(), asOf) && same(current.getNotes(), notes)
				&& Set.copyOf(current.getSources()).equals(Set.copyOf(sources));
		if (unchanged) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, () -> {
			current.edit(jurisdiction, metric, value, qualifier, asOf);
			current.setNotes(notes);
			current.cite(sources);
		});
	}

}
