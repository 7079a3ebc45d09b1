package org.sanctuarytracker.source;

import org.sanctuarytracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources for pages.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", id));
	}

}
