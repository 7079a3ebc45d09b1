package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.Set;

import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.funding.FundingExposureForm;
import org.sanctuarytracker.funding.FundingExposureService;
import org.sanctuarytracker.funding.FundingStatus;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Component;

/**
 * Imports funding_exposures.csv rows.
 */
@Component
@ImportsTable(value = "funding_exposures",
		required = { "jurisdiction_id|jurisdiction_slug", "program", "status", "source_ids" })
class FundingExposureRows extends CitedFactRows {

	private static final String FETCH = "join fetch e.jurisdiction left join fetch e.sources";

	private final FundingExposureService funding;

	FundingExposureRows(FormCheck forms, FundingExposureService funding) {
		super(forms);
		this.funding = funding;
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Changes<FundingExposure> changes = Changes.of(row, context, FundingExposure.class, FETCH);
		Jurisdiction jurisdiction = jurisdiction(row, context, changes);
		Long fiscalYear = row.integer("fiscal_year");
		Integer year = changes.value("fiscal_year", (fiscalYear != null) ? fiscalYear.intValue() : null,
				FundingExposure::getFiscalYear);
		String program = changes.value("program", row.text("program"), FundingExposure::getProgram);
		BigDecimal amount = changes.value("amount_at_risk_usd", row.decimal("amount_at_risk_usd"),
				FundingExposure::getAmountAtRiskUsd);
		BigDecimal share = changes.value("share_of_budget_pct", row.decimal("share_of_budget_pct"),
				FundingExposure::getShareOfBudgetPct);
		BigDecimal budget = changes.value("total_budget_usd", row.decimal("total_budget_usd"),
				FundingExposure::getTotalBudgetUsd);
		FundingStatus status = changes.value("status", row.code("status", FundingStatus.class),
				FundingExposure::getStatus);
		String notes = changes.value("notes", row.text("notes"), FundingExposure::getNotes);
		Set<Source> sources = sources(row, context, changes);
		FundingExposureForm form = new FundingExposureForm();
		form.setFiscalYear(year);
		form.setProgram(program);
		form.setAmountAtRiskUsd(amount);
		form.setShareOfBudgetPct(share);
		form.setTotalBudgetUsd(budget);
		form.setStatus(status);
		form.setNotes(notes);
		return planned(row, context, changes, program, form, jurisdiction, sources, this.funding);
	}

}
