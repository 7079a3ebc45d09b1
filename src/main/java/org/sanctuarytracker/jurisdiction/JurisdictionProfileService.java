package org.sanctuarytracker.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanctuarytracker.designation.Designation;
import org.sanctuarytracker.designation.DesignationService;
import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.funding.FundingService;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.indicator.Indicator;
import org.sanctuarytracker.indicator.IndicatorService;
import org.sanctuarytracker.policy.Policy;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.statement.Statement;
import org.sanctuarytracker.statement.StatementService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a jurisdiction's profile from each feature's service: one query per section,
 * whatever the jurisdiction's size.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionProfileService {

	private final JurisdictionService jurisdictions;

	private final PolicyService policies;

	private final StatementService statements;

	private final FundingService funding;

	private final IndicatorService indicators;

	private final DesignationService designations;

	private final HistoryService history;

	private final Clock clock;

	JurisdictionProfileService(JurisdictionService jurisdictions, PolicyService policies, StatementService statements,
			FundingService funding, IndicatorService indicators, DesignationService designations,
			HistoryService history, Clock clock) {
		this.history = history;
		this.jurisdictions = jurisdictions;
		this.policies = policies;
		this.statements = statements;
		this.funding = funding;
		this.indicators = indicators;
		this.designations = designations;
		this.clock = clock;
	}

	public JurisdictionProfile profile(String slug) {
		Jurisdiction jurisdiction = this.jurisdictions.getProfileHeader(slug);
		PolicyService.Involving involving = this.policies.involving(jurisdiction);
		List<Policy> timeline = involving.timeline();
		List<Policy> aimedAt = involving.aimedAt();
		List<Statement> said = this.statements.about(jurisdiction);
		List<FundingExposure> exposure = this.funding.forJurisdiction(jurisdiction);
		List<Indicator> figures = this.indicators.forJurisdiction(jurisdiction);
		List<Designation> lists = this.designations.forJurisdiction(jurisdiction);
		// Numbered in the order the page shows the facts.
		SourceNumbers sources = new SourceNumbers().addSources(jurisdiction.getStatusSources())
			.add(timeline)
			.add(aimedAt)
			.add(said)
			.add(exposure)
			.add(figures)
			.add(lists);
		return new JurisdictionProfile(jurisdiction, this.jurisdictions.children(jurisdiction), timeline, aimedAt,
				provisionsInForce(timeline, LocalDate.now(this.clock)), said, exposure, figures, lists, sources,
				this.history.lastChange(jurisdiction.getId()).orElse(null));
	}

	static Map<Provision, List<Policy>> provisionsInForce(List<Policy> timeline, LocalDate today) {
		Map<Provision, List<Policy>> inForce = new EnumMap<>(Provision.class);
		for (Policy policy : timeline) {
			if (policy.isInForce(today)) {
				for (Provision provision : policy.getProvisions()) {
					inForce.computeIfAbsent(provision, (p) -> new ArrayList<>()).add(policy);
				}
			}
		}
		return inForce;
	}

}
