package org.sanctuarytracker.designation;

import java.util.Collection;

import org.sanctuarytracker.jurisdiction.CitedFacts;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Federal designations for pages and forms.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService extends CitedFacts<Designation, DesignationForm> {

	DesignationService(DesignationRepository repository, JurisdictionService jurisdictions, SourceService sources) {
		super(repository, jurisdictions, sources, "designation");
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
