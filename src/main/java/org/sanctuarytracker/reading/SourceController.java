package org.sanctuarytracker.reading;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.designation.DesignationService;
import org.sanctuarytracker.funding.FundingExposureService;
import org.sanctuarytracker.indicator.IndicatorService;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.policy.PolicyService;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.source.SourceService;
import org.sanctuarytracker.statement.StatementService;
import org.sanctuarytracker.system.FirstFew;
import org.sanctuarytracker.system.LinkPreviews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a source's page with every fact that cites it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceController {

	static final String DETAIL_VIEW = "sources/detail";

	/**
	 * Facts of each kind the page lists; a census table can be cited by thousands of
	 * figures.
	 */
	static final int CITING_SHOWN = 50;

	private final SourceService sources;

	private final JurisdictionService jurisdictions;

	private final PolicyService policies;

	private final StatementService statements;

	private final FundingExposureService funding;

	private final IndicatorService indicators;

	private final DesignationService designations;

	private final RecordDescriptions descriptions;

	@GetMapping("/sources/{id}")
	String detail(@PathVariable long id, Model model) {
		Source source = this.sources.get(id);
		model.addAttribute("source", source);
		model.addAttribute(LinkPreviews.DESCRIPTION, this.descriptions.of(source));
		model.addAttribute("citingShown", CITING_SHOWN);
		model.addAttribute("assessments",
				FirstFew.of(this.jurisdictions.assessedCiting(source, CITING_SHOWN + 1), CITING_SHOWN));
		model.addAttribute("policies", FirstFew.of(this.policies.citing(source, CITING_SHOWN + 1), CITING_SHOWN));
		model.addAttribute("statements", FirstFew.of(this.statements.citing(source, CITING_SHOWN + 1), CITING_SHOWN));
		model.addAttribute("funding", FirstFew.of(this.funding.citing(source, CITING_SHOWN + 1), CITING_SHOWN));
		model.addAttribute("indicators", FirstFew.of(this.indicators.citing(source, CITING_SHOWN + 1), CITING_SHOWN));
		model.addAttribute("designations",
				FirstFew.of(this.designations.citing(source, CITING_SHOWN + 1), CITING_SHOWN));
		return DETAIL_VIEW;
	}

}
