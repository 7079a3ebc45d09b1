package org.sanctuarytracker.funding;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.jurisdiction.JurisdictionService;
import org.sanctuarytracker.source.SourceNumbers;
import org.sanctuarytracker.system.BoundedCount;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Serves the federal money at risk across jurisdictions ({@code /funding}): the rows,
 * filtered, sorted and paged, with their totals by program and year and a chart of them.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FundingController {

	static final String OVERVIEW_VIEW = "funding/overview";

	private final FundingExposureService funding;

	private final JurisdictionService jurisdictions;

	@GetMapping("/funding")
	String overview(@Valid @ModelAttribute("filter") FundingFilter filter, Model model) {
		Page<FundingExposure> results = this.funding.overview(filter);
		BoundedCount.show(results, model);
		model.addAttribute("sources", new SourceNumbers().add(results.getContent()));
		FundingTotals totals = this.funding.totals(filter);
		model.addAttribute("totals", totals);
		model.addAttribute("chart", FundingChart.of(totals));
		model.addAttribute("stateCodes", this.jurisdictions.stateCodes());
		// A list of programs only while it stays short; beyond that a text field.
		model.addAttribute("programs", this.funding.programs().orElse(null));
		model.addAttribute("statuses", FundingStatus.values());
		model.addAttribute("sorts", FundingSort.values());
		return OVERVIEW_VIEW;
	}

}
