package org.sanctuarytracker.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and listing jurisdictions; other features reach jurisdictions through here.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionService {

	private final JurisdictionRepository jurisdictions;

	private final Clock clock;

	JurisdictionService(JurisdictionRepository jurisdictions, Clock clock) {
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	public Jurisdiction getBySlug(String slug) {
		return this.jurisdictions.findBySlug(slug).orElseThrow(() -> new NotFoundException("jurisdiction", slug));
	}

	Jurisdiction getProfileHeader(String slug) {
		return this.jurisdictions.findProfileBySlug(slug)
			.orElseThrow(() -> new NotFoundException("jurisdiction", slug));
	}

	List<Jurisdiction> children(Jurisdiction parent) {
		return this.jurisdictions.findChildren(parent);
	}

	public Page<Jurisdiction> search(JurisdictionFilter filter) {
		PageRequest page = PageRequest.of(filter.pageNumber() - 1, filter.pageSize(), filter.sortOrder().sort());
		return this.jurisdictions.findAll(JurisdictionSpecifications.matching(filter, LocalDate.now(this.clock)), page);
	}

	/** Every status with its count, zeros included, in the enum's order. */
	public Map<JurisdictionStatus, Long> countByStatus() {
		Map<JurisdictionStatus, Long> counts = new EnumMap<>(JurisdictionStatus.class);
		for (JurisdictionStatus status : JurisdictionStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : this.jurisdictions.countByStatus()) {
			counts.put((JurisdictionStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	public List<String> stateCodes() {
		return this.jurisdictions.findStateCodes();
	}

	public List<Jurisdiction> assessedCiting(Source source) {
		return this.jurisdictions.findAssessedCiting(source);
	}

	public List<Jurisdiction> allByName() {
		return this.jurisdictions.findAllByName();
	}

}
