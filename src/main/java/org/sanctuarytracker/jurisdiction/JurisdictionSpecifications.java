package org.sanctuarytracker.jurisdiction;

import java.util.ArrayList;
import java.util.List;

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
				predicates.add(cb.equal(root.get("stateCode"), state));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			if (q != null) {
				predicates.add(cb.like(cb.lower(root.get("name")), "%" + escapeLike(q.toLowerCase()) + "%", '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
