package org.sanctuarytracker.funding;

import java.math.BigDecimal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.CitedFact;
import org.sanctuarytracker.jurisdiction.Jurisdiction;

/**
 * Federal money a jurisdiction stands to lose under a program: an amount, a share of its
 * budget, or both.
 */
@Entity
@Audited
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "funding_exposure_citation",
		joinColumns = @JoinColumn(name = "funding_exposure_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
@Table(name = "funding_exposure")
@Getter
@Setter
public class FundingExposure extends CitedFact {

	@Column(name = "fiscal_year")
	private Integer fiscalYear;

	@Column(nullable = false)
	@Setter(AccessLevel.NONE)
	private String program;

	@Column(name = "amount_at_risk_usd", precision = 15, scale = 2)
	private BigDecimal amountAtRiskUsd;

	@Column(name = "share_of_budget_pct", precision = 5, scale = 2)
	private BigDecimal shareOfBudgetPct;

	@Column(name = "total_budget_usd", precision = 15, scale = 2)
	private BigDecimal totalBudgetUsd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Setter(AccessLevel.NONE)
	private FundingStatus status;

	private String notes;

	protected FundingExposure() {
	}

	public FundingExposure(Jurisdiction jurisdiction, String program, FundingStatus status) {
		super(jurisdiction);
		this.program = program;
		this.status = status;
	}

	public void edit(Jurisdiction jurisdiction, String program, FundingStatus status) {
		fileUnder(jurisdiction);
		this.program = program;
		this.status = status;
	}

	@Override
	public String label() {
		return this.program;
	}

}
