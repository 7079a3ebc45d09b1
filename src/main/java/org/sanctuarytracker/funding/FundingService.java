package org.sanctuarytracker.funding;

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
 * Federal funding exposure for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class FundingService implements EditableRecords<FundingExposure, FundingForm> {

	private final FundingExposureRepository repository;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	FundingService(FundingExposureRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		this.repository = repository;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	/** One page of a jurisdiction's funding at risk, in the profile's order. */
	public Page<FundingExposure> forJurisdiction(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.repository.findIdsFor(jurisdiction, page), this.repository::findWithSources);
	}

	/** The first {@code max} facts that cite the source. */
	public List<FundingExposure> citing(Source source, int max) {
		return this.repository.findCiting(source, Limit.of(max));
	}

	@Override
	public FundingExposure get(long id) {
		return this.repository.findDetail(id).orElseThrow(() -> new NotFoundException("funding exposure", id));
	}

	@Transactional
	@Override
	public FundingExposure create(FundingForm form) {
		EditSummary.set(form.getEditSummary());
		Jurisdiction jurisdiction = this.jurisdictions.chosenIn(form);
		FundingExposure record = new FundingExposure(jurisdiction, form.getProgram(), form.getStatus());
		copy(form, record);
		return this.repository.saveAndFlush(record);
	}

	@Transactional
	@Override
	public FundingExposure update(long id, FundingForm form) {
		FundingExposure record = get(id);
		StaleEditException.check(record, form.getVersion(), "funding exposure");
		EditSummary.set(form.getEditSummary());
		Jurisdiction jurisdiction = this.jurisdictions.chosenIn(form);
		record.edit(jurisdiction, form.getProgram(), form.getStatus());
		copy(form, record);
		return this.repository.saveAndFlush(record);
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		FundingExposure record = get(id);
		StaleEditException.check(record, form.getVersion(), "funding exposure");
		EditSummary.set(form.getEditSummary());
		this.repository.delete(record);
		this.repository.flush();
	}

	private void copy(FundingForm form, FundingExposure record) {
		record.setFiscalYear(form.getFiscalYear());
		record.setAmountAtRiskUsd(form.getAmountAtRiskUsd());
		record.setShareOfBudgetPct(form.getShareOfBudgetPct());
		record.setTotalBudgetUsd(form.getTotalBudgetUsd());
		record.setNotes(form.getNotes());
		record.cite(this.sources.cited(form));
	}

}
