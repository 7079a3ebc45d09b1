package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.indicator.IndicatorForm;
import org.sanctuarytracker.indicator.IndicatorService;
import org.sanctuarytracker.indicator.Metric;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Imports indicators.csv rows.
 */
@Component
@ImportsTable(value = "indicators",
		required = { "jurisdiction_id|jurisdiction_slug", "metric", "value", "as_of", "as_of_precision", "source_ids" })
class IndicatorRows extends CitedFactRows {

	private static final String FETCH = "join fetch e.jurisdiction left join fetch e.sources";

	private final IndicatorService indicators;

	IndicatorRows(FormCheck forms, IndicatorService indicators) {
		super(forms);
		this.indicators = indicators;
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<Indicator> changes = Changes.of(row, context, Indicator.class, FETCH);
		Jurisdiction jurisdiction = jurisdiction(row, context, changes);
		Metric metric = changes.value("metric", row.code("metric", Metric.class), Indicator::getMetric);
		BigDecimal value = changes.value("value", row.decimal("value"), Indicator::getValue);
		ValueQualifier qualifier = changes.value("value_qualifier",
				Objects.requireNonNullElse(row.code("value_qualifier", ValueQualifier.class), ValueQualifier.EXACT),
				Indicator::getValueQualifier);
		PartialDate asOf = changes.value("as_of", row.partialDate("as_of"), Indicator::getAsOf);
		String notes = changes.value("notes", row.text("notes"), Indicator::getNotes);
		Set<Source> sources = sources(row, context, changes);
		IndicatorForm form = new IndicatorForm();
		form.setMetric(metric);
		form.setValue(value);
		form.setValueQualifier(qualifier);
		form.setAsOf(asOf);
		form.setNotes(notes);
		return planned(row, context, changes, metric, form, jurisdiction, sources, this.indicators);
	}

}
