package org.sanctuarytracker.funding;

import java.util.Arrays;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.source.Permalinks;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.Citations;
import org.sanctuarytracker.system.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a funding exposure's permalink page.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FundingExposureController {

	static final String DETAIL_VIEW = "funding/detail";

	private final FundingExposureService funding;

	private final Citations citations;

	private final Formats formats;

	// A numeric id only: /funding itself is the overview of every row.
	@GetMapping("/funding/{id}")
	String detail(@PathVariable long id, Model model) {
		FundingExposure record = this.funding.get(id);
		// As recorded: an amount, a share of the budget, or both; never one made from the
		// other.
		String amounts = Citations.joined(
				Arrays.asList(this.citations.part("cite.amountAtRisk", this.formats.money(record.getAmountAtRiskUsd())),
						this.citations.part("cite.shareOfBudget", this.formats.percent(record.getShareOfBudgetPct()))));
		String status = this.citations.text("fundingStatus." + record.getStatus());
		String citation = this.citations.cite("/funding/" + id, record.getJurisdiction().getName(), record.getProgram(),
				amounts, this.citations.part("cite.fiscalYear", record.getFiscalYear()), status, this.citations
					.part("cite.in", Citations.joined(record.getSources().stream().map(Source::outlet).toList())));
		Permalinks.show(model, "funding", record, citation, this.citations.text("funding.description",
				record.getJurisdiction().getName(), record.getProgram(), (amounts != null) ? amounts : status));
		return DETAIL_VIEW;
	}

}
