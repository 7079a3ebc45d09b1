package org.sanctuarytracker.policy;

import java.util.Comparator;
import java.util.List;

import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.NotFoundException;
import org.sanctuarytracker.system.PartialDate;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies for pages: a jurisdiction's timeline, one policy's detail, the latest adopted.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

	/**
	 * Newest first; policies without an adoption date (not yet adopted, or undated) last.
	 */
	static final Comparator<Policy> TIMELINE_ORDER = Comparator
		.comparing(Policy::getAdoptedOn,
				Comparator.nullsLast(Comparator.comparing(PartialDate::date, Comparator.reverseOrder())))
		.thenComparing(Policy::getId, Comparator.reverseOrder());

	private final PolicyRepository policies;

	PolicyService(PolicyRepository policies) {
		this.policies = policies;
	}

	public List<Policy> timeline(Jurisdiction jurisdiction) {
		return this.policies.findTimeline(jurisdiction).stream().sorted(TIMELINE_ORDER).toList();
	}

	public Policy getDetail(long id) {
		return this.policies.findDetail(id).orElseThrow(() -> new NotFoundException("policy", id));
	}

	public List<Policy> latest(int count) {
		return this.policies.findLatest(Limit.of(count));
	}

	public List<Policy> citing(Source source) {
		return this.policies.findCiting(source);
	}

}
