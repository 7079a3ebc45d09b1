package org.sanctuarytracker.funding;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Federal funding exposure for pages.
 */
@Service
@Transactional(readOnly = true)
public class FundingService {

	private final FundingExposureRepository repository;

	FundingService(FundingExposureRepository repository) {
		this.repository = repository;
	}

	public List<FundingExposure> forJurisdiction(Jurisdiction jurisdiction) {
		return this.repository.findFor(jurisdiction);
	}

	public List<FundingExposure> citing(Source source) {
		return this.repository.findCiting(source);
	}

}
