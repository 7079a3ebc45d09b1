package org.sanctuarytracker.policy;

import java.time.LocalDate;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.PartialDate_;
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
			Join<Policy, Provision> carried = policy.join(Policy_.provisions);
			inForce.select(policy.get(Policy_.id))
				.where(cb.equal(policy.get(Policy_.jurisdiction), root), cb.equal(carried, provision),
						cb.equal(policy.get(Policy_.status), PolicyStatus.ENACTED),
						cb.or(cb.isNull(policy.get(Policy_.effectiveOn).get(PartialDate_.date)),
								cb.lessThanOrEqualTo(policy.get(Policy_.effectiveOn).get(PartialDate_.date), today)),
						cb.or(cb.isNull(policy.get(Policy_.endedOn).get(PartialDate_.date)),
								cb.greaterThan(policy.get(Policy_.endedOn).get(PartialDate_.date), today)));
			return cb.exists(inForce);
		};
	}

}
