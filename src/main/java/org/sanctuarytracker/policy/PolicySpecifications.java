package org.sanctuarytracker.policy;

import java.time.LocalDate;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.springframework.data.jpa.domain.Specification;

/**
 * What policies say about a jurisdiction, as a condition on the jurisdiction list's one
 * SQL query (the list's provision filter).
 */
public final class PolicySpecifications {

	private PolicySpecifications() {
	}

	/**
	 * Jurisdictions where a policy carrying the provision is in force on the day (see
	 * Policy#isInForce).
	 */
	public static Specification<Jurisdiction> provisionInForce(Provision provision, LocalDate today) {
		return (root, query, cb) -> {
			Subquery<Long> inForce = query.subquery(Long.class);
			Root<Policy> policy = inForce.from(Policy.class);
			Join<Policy, Provision> carried = policy.join("provisions");
			inForce.select(policy.get("id"))
				.where(cb.equal(policy.get("jurisdiction"), root), cb.equal(carried, provision),
						cb.equal(policy.get("status"), PolicyStatus.ENACTED),
						cb.or(cb.isNull(policy.get("effectiveOn").get("date")),
								cb.lessThanOrEqualTo(policy.get("effectiveOn").get("date"), today)),
						cb.or(cb.isNull(policy.get("endedOn").get("date")),
								cb.greaterThan(policy.get("endedOn").get("date"), today)));
			return cb.exists(inForce);
		};
	}

}
