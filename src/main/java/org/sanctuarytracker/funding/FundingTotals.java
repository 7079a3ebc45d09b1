package org.sanctuarytracker.funding;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * The money at risk summed by program and fiscal year, as the database grouped it. A row
 * records an amount, a share of a budget, or both; a share is a percentage of a budget
 * the row may not state, so it is never added to dollars: each cell sums the amounts and
 * counts apart the rows that record only a share.
 *
 * @param years the fiscal years with rows, oldest first, then {@code null} for rows that
 * give no year
 * @param programs the programs with the largest amounts, then one row (program
 * {@code null}) for all the others together
 * @param otherPrograms how many programs that last row holds
 */
public record FundingTotals(List<Integer> years, List<ProgramRow> programs, List<Cell> yearTotals, Cell total,
		int otherPrograms) {

	public FundingTotals {
		years = Collections.unmodifiableList(years);
	}

	public boolean isEmpty() {
		return this.programs.isEmpty();
	}

	/**
	 * @param amount the sum of the amounts ({@code null} when no row records one)
	 * @param amountRows how many rows record an amount
	 * @param shareOnlyRows how many rows record only a share of a budget
	 */
	public record Cell(BigDecimal amount, long amountRows, long shareOnlyRows) {

		static final Cell NONE = new Cell(null, 0, 0);

		Cell plus(Cell other) {
			BigDecimal sum = (this.amount == null) ? other.amount
					: (other.amount == null) ? this.amount : this.amount.add(other.amount);
			return new Cell(sum, this.amountRows + other.amountRows, this.shareOnlyRows + other.shareOnlyRows);
		}

		public boolean isEmpty() {
			return this.amountRows == 0 && this.shareOnlyRows == 0;
		}

	}

	/** One program's cells, one per year of {@link #years}, and its total. */
	public record ProgramRow(String program, List<Cell> cells, Cell total) {

		public boolean isOther() {
			return this.program == null;
		}

	}

}
