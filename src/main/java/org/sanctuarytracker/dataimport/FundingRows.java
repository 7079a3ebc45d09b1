package org.sanctuarytracker.dataimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.sanctuarytracker.funding.FundingExposure;
import org.sanctuarytracker.funding.FundingStatus;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.springframework.stereotype.Component;

import static org.sanctuarytracker.dataimport.RowImporter.same;

/**
 * Imports funding_exposures.csv rows.
 */
@Component
class FundingRows implements RowImporter {

	private static final String FETCH = "join fetch e.jurisdiction left join fetch e.sources";

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
		FundingExposure current = (id != null) ? context.all(FundingExposure.class, FETCH).get(id) : null;
		if (id != null && current == null) {
			row.reject("id: no funding exposure with id " + id);
		}
		Jurisdiction jurisdiction = context.jurisdiction(row, "jurisdiction_id", "jurisdiction_slug", true);
		Long fiscalYear = row.integer("fiscal_year");
		String program = row.requiredText("program");
		BigDecimal amount = row.decimal("amount_at_risk_usd");
		BigDecimal share = row.decimal("share_of_budget_pct");
		BigDecimal budget = row.decimal("total_budget_usd");
		if (fiscalYear != null && (fiscalYear < 1900 || fiscalYear > 2100)) {
			row.reject("fiscal_year: must be between 1900 and 2100");
		}
		if (amount != null && amount.signum() < 0) {
			row.reject("amount_at_risk_usd: cannot be negative");
		}
		if (budget != null && budget.signum() < 0) {
			row.reject("total_budget_usd: cannot be negative");
		}
		if (amount == null && share == null) {
			row.reject("amount_at_risk_usd: give an amount, a share_of_budget_pct, or both");
		}
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
			row.reject("share_of_budget_pct: must be between 0 and 100");
		}
		FundingStatus status = row.code("status", FundingStatus.class, true);
		String notes = row.text("notes");
		List<Source> sources = context.sources(row, "source_ids", false);
		String label = String.valueOf(program);
		if (!row.isValid()) {
			return Planned.reject(row, label);
		}
		Integer year = (fiscalYear != null) ? fiscalYear.intValue() : null;
		if (current == null) {
			FundingExposure created = new FundingExposure(jurisdiction, program, status);
			fill(created, year, amount, share, budget, notes, sources);
			return Planned.create(row.line(), label, () -> context.persist(created));
		}
		boolean unchanged = current.getJurisdiction() == jurisdiction && same(current.getFiscalYear(), year)
				&& same(current.getProgram(), program) && same(current.getAmountAtRiskUsd(), amount)
				&& same(current.getShareOfBudgetPct(), share) && same(current.getTotalBudgetUsd(), budget)
				&& same(current.getStatus(), status) && same(current.getNotes(), notes)
				&& Set.copyOf(current.getSources()).equals(Set.copyOf(sources));
		if (unchanged) {
			return Planned.unchanged(row.line(), label);
		}
		return Planned.update(row.line(), label, () -> {
			current.edit(jurisdiction, program, status);
			fill(current, year, amount, share, budget, notes, sources);
		});
	}

	private static void fill(FundingExposure exposure, Integer year, BigDecimal amount, BigDecimal share,
			BigDecimal budget, String notes, List<Source> sources) {
		exposure.setFiscalYear(year);
		exposure.setAmountAtRiskUsd(amount);
		exposure.setShareOfBudgetPct(share);
		exposure.setTotalBudgetUsd(budget);
		exposure.setNotes(notes);
		exposure.cite(sources);
	}

}
