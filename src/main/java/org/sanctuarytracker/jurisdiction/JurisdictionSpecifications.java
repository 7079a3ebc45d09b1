package org.sanctuarytracker.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyStatus;
import org.sanctuarytracker.policy.Provision;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns the list's filters into one SQL query, so filtering never loads rows it drops.
 */
final class JurisdictionSpecifications {

	private JurisdictionSpecifications() {
	}

	static Specification<Jurisdiction> matching(JurisdictionFilter filter, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.state() != null) {
				predicates.add(cb.equal(root.get("stateCode"), filter.state()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.q() != null) {
				predicates
					.add(cb.like(cb.lower(root.get("name")), "%" + escapeLike(filter.q().toLowerCase()) + "%", '\\'));
			}
			if (filter.provision() != null) {
				// A provision counts only while a policy carrying it is in force (see
				// Policy#isInForce).
				Subquery<Long> inForce = query.subquery(Long.class);
				Root<Policy> policy = inForce.from(Policy.class);
				Join<Policy, Provision> provision = policy.join("provisions");
				inForce.select(policy.get("id"))
					.where(cb.equal(policy.get("jurisdiction"), root), cb.equal(provision, filter.provision()),
							cb.equal(policy.get("status"), PolicyStatus.ENACTED),
							cb.or(cb.isNull(policy.get("effectiveOn").get("date")),
									cb.lessThanOrEqualTo(policy.get("effectiveOn").get("date"), today)),
							cb.or(cb.isNull(policy.get("endedOn").get("date")),
									cb.greaterThan(policy.get("endedOn").get("date"), today)));
				predicates.add(cb.exists(inForce));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
