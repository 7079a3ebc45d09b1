package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.funding.FundingForm;
import org.sanctuarytracker.funding.FundingService;
import org.sanctuarytracker.funding.FundingStatus;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Component;

/**
 * Imports funding_exposures.csv rows.
 */
@Component
class FundingRows extends CitedFactRows {

	private static final String FETCH = "join fetch e.jurisdiction left join fetch e.sources";

	private final FundingService funding;

	FundingRows(FormCheck forms, FundingService funding) {
		super(forms);
		this.funding = funding;
	}

	@Override
	public String table() {
		return "funding_exposures";
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("jurisdiction_id|jurisdiction_slug", "program", "status", "source_ids");
	}

	@Override
	public Planned plan(Row row, ImportContext context) {
		Long id = row.integer("id");
		FundingExposure current = context.record(row, id, FundingExposure.class, FETCH);
		if (id != null && current == null) {
			row.reject("id", "import.problem.noSuchId", String.valueOf(id));
		}
		boolean old = current != null;
		Changes changes = new Changes(row, current);
		Jurisdiction jurisdiction = changes.value("jurisdiction_id", "jurisdiction_slug",
				context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", !old),
				old ? current.getJurisdiction() : null);
		Long fiscalYear = row.integer("fiscal_year");
		Integer year = changes.value("fiscal_year", (fiscalYear != null) ? fiscalYear.intValue() : null,
				old ? current.getFiscalYear() : null);
		String program = changes.value("program", row.text("program"), old ? current.getProgram() : null);
		BigDecimal amount = changes.value("amount_at_risk_usd", row.decimal("amount_at_risk_usd"),
				old ? current.getAmountAtRiskUsd() : null);
		BigDecimal share = changes.value("share_of_budget_pct", row.decimal("share_of_budget_pct"),
				old ? current.getShareOfBudgetPct() : null);
		BigDecimal budget = changes.value("total_budget_usd", row.decimal("total_budget_usd"),
				old ? current.getTotalBudgetUsd() : null);
		FundingStatus status = changes.value("status", row.code("status", FundingStatus.class),
				old ? current.getStatus() : null);
		String notes = changes.value("notes", row.text("notes"), old ? current.getNotes() : null);
		Set<Source> sources = changes.value("source_ids", Set.copyOf(context.sources(row, "source_ids")),
				old ? Set.copyOf(current.getSources()) : null);
		FundingForm form = new FundingForm();
		form.setFiscalYear(year);
		form.setProgram(program);
		form.setAmountAtRiskUsd(amount);
		form.setShareOfBudgetPct(share);
		form.setTotalBudgetUsd(budget);
		form.setStatus(status);
		form.setNotes(notes);
		return planned(row, context, changes, current, String.valueOf(program), form, jurisdiction, sources,
				this.funding);
	}

}
