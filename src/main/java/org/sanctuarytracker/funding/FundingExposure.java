package org.sanctuarytracker.funding;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionFact;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;

/**
 * Federal money a jurisdiction stands to lose under a program: an amount, a share of its
 * budget, or both.
 */
@Entity
@Audited
@Table(name = "funding_exposure")
public class FundingExposure extends BaseEntity implements Cited, JurisdictionFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "jurisdiction_id", nullable = false)
	private Jurisdiction jurisdiction;

	@Column(name = "fiscal_year")
	private Integer fiscalYear;

	@Column(nullable = false)
	private String program;

	@Column(name = "amount_at_risk_usd", precision = 15, scale = 2)
	private BigDecimal amountAtRiskUsd;

	@Column(name = "share_of_budget_pct", precision = 5, scale = 2)
	private BigDecimal shareOfBudgetPct;

	@Column(name = "total_budget_usd", precision = 15, scale = 2)
	private BigDecimal totalBudgetUsd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingStatus status;

	private String notes;

	@ManyToMany
	@JoinTable(name = "funding_exposure_citation", joinColumns = @JoinColumn(name = "funding_exposure_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected FundingExposure() {
	}

	public FundingExposure(Jurisdiction jurisdiction, String program, FundingStatus status) {
		this.jurisdiction = jurisdiction;
		this.program = program;
		this.status = status;
	}

	public void edit(Jurisdiction jurisdiction, String program, FundingStatus status) {
		this.jurisdiction = jurisdiction;
		this.program = program;
		this.status = status;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getProgram() {
		return this.program;
	}

	public BigDecimal getAmountAtRiskUsd() {
		return this.amountAtRiskUsd;
	}

	public void setAmountAtRiskUsd(BigDecimal amountAtRiskUsd) {
		this.amountAtRiskUsd = amountAtRiskUsd;
	}

	public BigDecimal getShareOfBudgetPct() {
		return this.shareOfBudgetPct;
	}

	public void setShareOfBudgetPct(BigDecimal shareOfBudgetPct) {
		this.shareOfBudgetPct = shareOfBudgetPct;
	}

	public BigDecimal getTotalBudgetUsd() {
		return this.totalBudgetUsd;
	}

	public void setTotalBudgetUsd(BigDecimal totalBudgetUsd) {
		this.totalBudgetUsd = totalBudgetUsd;
	}

	public FundingStatus getStatus() {
		return this.status;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	@Override
	public List<Source> getSources() {
		// Sorted here, not with @OrderBy: Envers cannot read an ordered collection's
		// history.
		return this.sources.stream().sorted(Comparator.comparing(Source::getId)).toList();
	}

	/** Replaces the cited sources. */
	public void cite(Collection<Source> sources) {
		this.sources.clear();
		this.sources.addAll(sources);
	}

	@Override
	public String label() {
		return this.program;
	}

}
