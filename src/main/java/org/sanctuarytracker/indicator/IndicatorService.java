package org.sanctuarytracker.indicator;

import java.util.Collection;
import java.util.List;

import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PagesOfIds;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService extends CitedFacts<Indicator, IndicatorForm> {

	private final IndicatorRepository repository;

	IndicatorService(IndicatorRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		super(repository, jurisdictions, sources, "indicator");
		this.repository = repository;
	}

	/** One page of a jurisdiction's figures, in the profile's order. */
	public Page<Indicator> forJurisdiction(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.repository.findIdsFor(jurisdiction, page), this.repository::findWithSources);
	}

	/** The first {@code max} facts that cite the source. */
	public List<Indicator> citing(Source source, int max) {
		return this.repository.findCiting(source, Limit.of(max));
	}

	@Override
	public Indicator get(long id) {
		return this.repository.findDetail(id).orElseThrow(() -> new NotFoundException("indicator", id));
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
