package org.sanctuarytracker.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.history.Change;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.statement.Statement;

/**
 * Everything attached to a jurisdiction, unpaginated: the API's profile document, read
 * from the history as of a revision ({@link ProfileHistory}) or from the current tables
 * ({@link JurisdictionProfileService#complete}). The HTML profile shows the first page of
 * each list ({@link ProfilePage}).
 *
 * @param aimedAt actions other jurisdictions took that name this one as a target
 * @param provisionsInForce each provision in force today with the policies that put it
 * there
 * @param sources the numbered list of every source the profile cites
 * @param lastChange the newest change to the jurisdiction or anything attached, or null
 */
public record JurisdictionProfile(Jurisdiction jurisdiction, List<Policy> policies, List<Policy> aimedAt,
		Map<Provision, List<Policy>> provisionsInForce, List<Statement> statements, List<FundingExposure> funding,
		List<Indicator> indicators, List<Designation> designations, SourceNumbers sources, Change lastChange) {

	/**
	 * The profile of these facts: what is in force on the day, and the sources numbered
	 * in the order the page shows the facts.
	 */
	static JurisdictionProfile of(Jurisdiction jurisdiction, List<Policy> timeline, List<Policy> aimedAt,
			List<Statement> said, List<FundingExposure> exposure, List<Indicator> figures, List<Designation> lists,
			LocalDate day, Change lastChange) {
		SourceNumbers sources = new SourceNumbers().addSources(jurisdiction.getStatusSources())
			.add(timeline)
			.add(aimedAt)
			.add(said)
			.add(exposure)
			.add(figures)
			.add(lists);
		return new JurisdictionProfile(jurisdiction, timeline, aimedAt,
				JurisdictionProfileService.provisionsInForce(timeline, day), said, exposure, figures, lists, sources,
				lastChange);
	}

}
