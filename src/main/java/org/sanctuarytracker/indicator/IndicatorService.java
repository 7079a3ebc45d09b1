package org.sanctuarytracker.indicator;

import java.util.Collection;
import java.util.List;

import org.sanctuarytracker.editing.DeleteForm;
import org.sanctuarytracker.editing.EditableRecords;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.history.EditSummary;
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
public class IndicatorService implements EditableRecords<Indicator, IndicatorForm> {

	private final IndicatorRepository repository;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	IndicatorService(IndicatorRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		this.repository = repository;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
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

	@Transactional
	@Override
	public Indicator create(IndicatorForm form) {
		EditSummary.set(form.getEditSummary());
		return this.repository
			.saveAndFlush(filled(null, form, this.jurisdictions.chosenIn(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public Indicator update(long id, IndicatorForm form) {
		Indicator record = get(id);
		StaleEditException.check(record, form.getVersion(), "indicator");
		EditSummary.set(form.getEditSummary());
		return this.repository
			.saveAndFlush(filled(record, form, this.jurisdictions.chosenIn(form), this.sources.cited(form)));
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		Indicator record = get(id);
		StaleEditException.check(record, form.getVersion(), "indicator");
		EditSummary.set(form.getEditSummary());
		this.repository.delete(record);
		this.repository.flush();
	}

	/**
	 * The figure the form describes, filed under the jurisdiction and citing the sources
	 * (the records the form names, found already): a new one, or {@code record} changed.
	 * The page's save and the import both make a figure so.
	 */
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
