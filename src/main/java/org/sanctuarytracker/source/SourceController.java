package org.sanctuarytracker.source;

import org.sanctuarytracker.designation.DesignationService;
import org.sanctuarytracker.funding.FundingService;
import org.sanctuarytracker.indicator.IndicatorService;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.statement.StatementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a source's page with every fact that cites it.
 */
@Controller
class SourceController {

	static final String DETAIL_VIEW = "sources/detail";

	private final SourceService sources;

	private final JurisdictionService jurisdictions;

	private final PolicyService policies;

	private final StatementService statements;

	private final FundingService funding;

	private final IndicatorService indicators;

	private final DesignationService designations;

	SourceController(SourceService sources, JurisdictionService jurisdictions, PolicyService policies,
			StatementService statements, FundingService funding, IndicatorService indicators,
			DesignationService designations) {
		this.sources = sources;
		this.jurisdictions = jurisdictions;
		this.policies = policies;
		this.statements = statements;
		this.funding = funding;
		this.indicators = indicators;
		this.designations = designations;
	}

	@GetMapping("/sources/{id}")
	String detail(@PathVariable long id, Model model) {
		Source source = this.sources.get(id);
		model.addAttribute("source", source);
		model.addAttribute("assessments", this.jurisdictions.assessedCiting(source));
		model.addAttribute("policies", this.policies.citing(source));
		model.addAttribute("statements", this.statements.citing(source));
		model.addAttribute("funding", this.funding.citing(source));
		model.addAttribute("indicators", this.indicators.citing(source));
		model.addAttribute("designations", this.designations.citing(source));
		return DETAIL_VIEW;
	}

}
