package org.sanctuarytracker.designation;

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
 * Federal designations for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService implements EditableRecords<Designation, DesignationForm> {

	private final DesignationRepository repository;

	private final JurisdictionService jurisdictions;

	private final SourceService sources;

	DesignationService(DesignationRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		this.repository = repository;
		this.jurisdictions = jurisdictions;
		this.sources = sources;
	}

	/** One page of the lists a jurisdiction is on, in the profile's order. */
	public Page<Designation> forJurisdiction(Jurisdiction jurisdiction, Pageable page) {
		return PagesOfIds.load(this.repository.findIdsFor(jurisdiction, page), this.repository::findWithSources);
	}

	/** The first {@code max} facts that cite the source. */
	public List<Designation> citing(Source source, int max) {
		return this.repository.findCiting(source, Limit.of(max));
	}

	@Override
	public Designation get(long id) {
		return this.repository.findDetail(id).orElseThrow(() -> new NotFoundException("designation", id));
	}

	@Transactional
	@Override
	public Designation create(DesignationForm form) {
		EditSummary.set(form.getEditSummary());
		Jurisdiction jurisdiction = this.jurisdictions.chosenIn(form);
		Designation record = new Designation(jurisdiction, form.getListName(), form.getListedOn());
		record.edit(jurisdiction, form.getListName(), form.getListedOn(), form.getRemovedOn(), form.isDisputed(),
				form.getDisputeNote());
		copy(form, record);
		return this.repository.saveAndFlush(record);
	}

	@Transactional
	@Override
	public Designation update(long id, DesignationForm form) {
		Designation record = get(id);
		StaleEditException.check(record, form.getVersion(), "designation");
		EditSummary.set(form.getEditSummary());
		Jurisdiction jurisdiction = this.jurisdictions.chosenIn(form);
		record.edit(jurisdiction, form.getListName(), form.getListedOn(), form.getRemovedOn(), form.isDisputed(),
				form.getDisputeNote());
		copy(form, record);
		return this.repository.saveAndFlush(record);
	}

	@Transactional
	@Override
	public void delete(long id, DeleteForm form) {
		Designation record = get(id);
		StaleEditException.check(record, form.getVersion(), "designation");
		EditSummary.set(form.getEditSummary());
		this.repository.delete(record);
		this.repository.flush();
	}

	private void copy(DesignationForm form, Designation record) {
		record.cite(this.sources.cited(form));
	}

}
