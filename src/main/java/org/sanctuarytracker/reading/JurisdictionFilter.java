package org.sanctuarytracker.reading;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionSort;
import org.sanctuarytracker.jurisdiction.JurisdictionSpecifications;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.PolicySpecifications;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.system.PageNumber;
import org.sanctuarytracker.system.PageSize;
import org.sanctuarytracker.system.PagedRequest;
import org.sanctuarytracker.system.SortOrder;
import org.sanctuarytracker.system.SortParam;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;

/**
 * The jurisdiction list's filters as they stand in the URL. Bad values answer 400, not an
 * empty list.
 */
public record JurisdictionFilter(@Pattern(regexp = "[A-Za-z]{2}", message = "{filter.state.invalid}") String state,
		JurisdictionKind kind, JurisdictionStatus status, Provision provision,
		@Size(max = 200, message = "{filter.q.tooLong}") String q, @SortParam(JurisdictionSort.class) String sort,
		@PageNumber Integer page, @PageSize Integer size) implements PagedRequest {

	public static final int DEFAULT_SIZE = 25;

	public JurisdictionFilter {
		state = (state == null || state.isBlank()) ? null : state.trim().toUpperCase();
		q = (q == null || q.isBlank()) ? null : q.trim();
		sort = (sort == null || sort.isBlank()) ? null : sort.trim();
	}

	public static JurisdictionFilter none() {
		return new JurisdictionFilter(null, null, null, null, null, null, null, null);
	}

	@Override
	public int defaultSize() {
		return DEFAULT_SIZE;
	}

	public JurisdictionSort sortOrder() {
		return SortOrder.named(JurisdictionSort.class, this.sort);
	}

	/**
	 * The filters as one query: the jurisdiction's own columns, and a provision carried
	 * by a policy in force on the day.
	 */
	public Specification<Jurisdiction> matching(LocalDate today) {
		Specification<Jurisdiction> own = JurisdictionSpecifications.matching(this.state, this.kind, this.status,
				this.q);
		return (this.provision != null) ? own.and(PolicySpecifications.provisionInForce(this.provision, today)) : own;
	}

	/** The page in the list's chosen order (the repository's query sorts by it). */
	@Override
	public PageRequest pageRequest() {
		return PagedRequest.super.pageRequest().withSort(sortOrder().sort());
	}

	public boolean isFiltered() {
		return this.state != null || this.kind != null || this.status != null || this.provision != null
				|| this.q != null;
	}

}
