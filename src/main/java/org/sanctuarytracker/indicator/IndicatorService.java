package org.sanctuarytracker.indicator;

import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators for pages.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	private final IndicatorRepository repository;

	IndicatorService(IndicatorRepository repository) {
		this.repository = repository;
	}

	public List<Indicator> forJurisdiction(Jurisdiction jurisdiction) {
		return this.repository.findFor(jurisdiction);
	}

	public List<Indicator> citing(Source source) {
		return this.repository.findCiting(source);
	}

}
