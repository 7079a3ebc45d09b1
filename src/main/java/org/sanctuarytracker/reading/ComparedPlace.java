package org.sanctuarytracker.reading;

import java.util.List;
import java.util.Map;

import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Statement;
import org.springframework.data.domain.Page;

/**
 * One column of a comparison: the jurisdiction's assessment, what is in force there
 * today, and the first few of its newest policies, funding rows, figures and statements
 * with how many there are in all (the profile has the rest).
 */
public record ComparedPlace(Jurisdiction jurisdiction, Map<Provision, List<Policy>> provisionsInForce,
		Page<Policy> policies, Page<FundingExposure> funding, Page<Indicator> indicators, Page<Statement> statements) {

	static final int POLICIES = 3;

	static final int FUNDING = 5;

	static final int INDICATORS = 3;

	static final int STATEMENTS = 2;

	public boolean inForce(Provision provision) {
		return this.provisionsInForce.containsKey(provision);
	}

	/** The policies that put a provision in force here, at most two named. */
	public List<Policy> inForceBy(Provision provision) {
		List<Policy> policies = this.provisionsInForce.getOrDefault(provision, List.of());
		return policies.subList(0, Math.min(2, policies.size()));
	}

}
