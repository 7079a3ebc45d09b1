package org.sanctuarytracker.jurisdiction;

import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.SortOrder;
import org.springframework.data.domain.Sort;

/**
 * The orders the jurisdiction list offers, named as they appear in the URL
 * ({@code sort=}).
 */
@RequiredArgsConstructor
public enum JurisdictionSort implements SortOrder {

	NAME("name", Sort.by("name", "id")),

	POPULATION("population", Sort.by(Sort.Order.desc("population").nullsLast(), Sort.Order.asc("name"))),

	STATUS("status", Sort.by("status", "name")),

	UPDATED("updated", Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("name")));

	private final String param;

	private final Sort sort;

	@Override
	public String param() {
		return this.param;
	}

	public Sort sort() {
		return this.sort;
	}

}
