package org.sanctuarytracker.designation;

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
		String listName = Checked.present(form.getListName(), "listName");
		PartialDate listedOn = Checked.present(form.getListedOn(), "listedOn");
		Designation filled = (record != null) ? record : new Designation(jurisdiction, listName, listedOn);
		filled.edit(jurisdiction, listName, listedOn, form.getRemovedOn(), form.isDisputed(), form.getDisputeNote());
		filled.cite(sources);
		return filled;
	}

}
