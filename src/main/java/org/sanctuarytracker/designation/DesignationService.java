package org.sanctuarytracker.designation;

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
 * Federal designations for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService extends CitedFacts<Designation, DesignationForm> {

	private final DesignationRepository repository;

	DesignationService(DesignationRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		super(repository, jurisdictions, sources, "designation");
		this.repository = repository;
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

	@Override
	public Designation filled(Designation record, DesignationForm form, Jurisdiction jurisdiction,
			Collection<Source> sources) {
		Designation filled = (record != null) ? record
				: new Designation(jurisdiction, form.getListName(), form.getListedOn());
		filled.edit(jurisdiction, form.getListName(), form.getListedOn(), form.getRemovedOn(), form.isDisputed(),
				form.getDisputeNote());
		filled.cite(sources);
		return filled;
	}

}
