package org.sanctuarytracker.indicator;

import java.util.Collection;

import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
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
		Indicator filled = (record != null) ? record : new Indicator(jurisdiction, form.getMetric(), form.getValue(),
				form.getValueQualifier(), form.getAsOf());
		filled.edit(jurisdiction, form.getMetric(), form.getValue(), form.getValueQualifier(), form.getAsOf());
		filled.setNotes(form.getNotes());
		filled.cite(sources);
		return filled;
	}

}
