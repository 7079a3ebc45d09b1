package org.sanctuarytracker.indicator;

import java.math.BigDecimal;
import java.util.Collection;

import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.Checked;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService extends CitedFacts<Indicator, IndicatorForm> {

	IndicatorService(IndicatorRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		super(repository, jurisdictions, sources, "indicator");
	}

	@Override
	public Indicator filled(Indicator record, IndicatorForm form, Jurisdiction jurisdiction,
			Collection<Source> sources) {
		Metric metric = Checked.present(form.getMetric(), "metric");
		BigDecimal value = Checked.present(form.getValue(), "value");
		PartialDate asOf = Checked.present(form.getAsOf(), "asOf");
		Indicator filled = (record != null) ? record
				: new Indicator(jurisdiction, metric, value, form.getValueQualifier(), asOf);
		filled.edit(jurisdiction, metric, value, form.getValueQualifier(), asOf);
		filled.setNotes(form.getNotes());
		filled.cite(sources);
		return filled;
	}

}
