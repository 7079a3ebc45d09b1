package org.sanctuarytracker.reading;

import java.util.List;
import java.util.Map;

import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.history.Change;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyTimeline;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.statement.Statement;
import org.springframework.data.domain.Page;

/**
 * What a jurisdiction's profile page shows: the first page of each growing list with how
 * many there are in all ({@link ProfileSection}), loaded with a fixed number of queries
 * whatever the jurisdiction's size.
 *
 * @param provisionsInForce each provision in force today with the policies that put it
 * there
 * @param sources the numbered list of every source the shown facts cite
 * @param lastChange the newest change to the jurisdiction or anything attached, or null
 * @param policyTimeline the policies shown drawn on a time axis, or null when none has a
 * date
 */
public record ProfilePage(Jurisdiction jurisdiction, Page<Jurisdiction> children, Page<Policy> policies,
		Page<Policy> aimedAt, Map<Provision, List<Policy>> provisionsInForce, Page<Statement> statements,
		Page<FundingExposure> funding, Page<Indicator> indicators, Page<Designation> designations,
		SourceNumbers sources, Change lastChange, PolicyTimeline policyTimeline) {

	/** How many policies the summary of provisions in force names for each provision. */
	public static final int POLICIES_PER_PROVISION = 5;

	public int policiesPerProvision() {
		return POLICIES_PER_PROVISION;
	}

}
