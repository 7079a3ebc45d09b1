package org.sanctuarytracker.funding;

import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.SortOrder;

/**
 * The orders the funding overview offers, named as they appear in the URL
 * ({@code sort=}), each as the SQL that reads it from an index (V75).
 */
@RequiredArgsConstructor
public enum FundingSort implements SortOrder {

	/** Largest amounts first; rows that record only a share come last. */
	AMOUNT("amount", "f.amount_at_risk_usd desc nulls last, f.id desc", false),

	YEAR("year", "f.fiscal_year desc nulls last, f.program, f.id", false),

	/** Jurisdictions by name, each one's rows in its profile's order. */
	JURISDICTION("jurisdiction", "j.name, j.id, f.fiscal_year desc nulls last, f.program, f.id", true),

	PROGRAM("program", "f.program, f.fiscal_year desc nulls last, f.id", false);

	private final String param;

	private final String orderBy;

	private final boolean byJurisdiction;

	@Override
	public String param() {
		return this.param;
	}

	String orderBy() {
		return this.orderBy;
	}

	/** Whether the order needs the jurisdiction's row (its name). */
	boolean byJurisdiction() {
		return this.byJurisdiction;
	}

}
