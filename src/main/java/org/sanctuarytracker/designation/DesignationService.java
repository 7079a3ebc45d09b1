package org.sanctuarytracker.designation;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Federal designations for pages.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService {

	private final DesignationRepository repository;

	DesignationService(DesignationRepository repository) {
		this.repository = repository;
	}

	public List<Designation> forJurisdiction(Jurisdiction jurisdiction) {
		return this.repository.findFor(jurisdiction);
	}

	public List<Designation> citing(Source source) {
		return this.repository.findCiting(source);
	}

}
