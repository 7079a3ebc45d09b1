package org.sanctuarytracker.jurisdiction;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;

/**
 * The orders the jurisdiction list offers, named as they appear in the URL
 * ({@code sort=}).
 */
@RequiredArgsConstructor
public enum JurisdictionSort {

	NAME("name", Sort.by("name", "id")),

	POPULATION("population", Sort.by(Sort.Order.desc("population").nullsLast(), Sort.Order.asc("name"))),

	STATUS("status", Sort.by("status", "name")),

	UPDATED("updated", Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("name")));

	private final String param;

	private final Sort sort;

	public String param() {
		return this.param;
	}

	public Sort sort() {
		return this.sort;
	}

	public static JurisdictionSort fromParam(String param) {
		for (JurisdictionSort candidate : values()) {
			if (candidate.param.equals(param)) {
				return candidate;
			}
		}
		return NAME;
	}

}
