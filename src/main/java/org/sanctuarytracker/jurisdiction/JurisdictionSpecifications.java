package org.sanctuarytracker.jurisdiction;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the list's filters on a jurisdiction's own columns into SQL, so filtering never
 * loads rows it drops. Filters on what other features hold (a provision in force) are
 * their specifications, joined to this one by whoever combines them.
 */
public final class JurisdictionSpecifications {

	private JurisdictionSpecifications() {
	}

	public static Specification<Jurisdiction> matching(String state, JurisdictionKind kind, JurisdictionStatus status,
			String q) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (state != null) {
				predicates.add(cb.equal(root.get(Jurisdiction_.stateCode), state));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get(Jurisdiction_.kind), kind));
			}
			if (status != null) {
				predicates.add(cb.equal(root.get(Jurisdiction_.status), status));
			}
			if (q != null) {
				// As search keys (V65), so jurisdiction_search_key_trgm_idx serves it and
				// "st. louis" finds "St. Louis"; punctuation alone matches nothing.
				Expression<String> key = cb.function("search_name", String.class, cb.literal(q));
				predicates.add(cb.and(cb.gt(cb.length(key), 0),
						cb.like(root.get(Jurisdiction_.searchKey), cb.concat(cb.concat("%", key), "%"))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
