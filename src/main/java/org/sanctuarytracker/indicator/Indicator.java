package org.sanctuarytracker.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.sanctuarytracker.system.PartialDate;

/**
 * A dated, sourced number about a jurisdiction, such as migrant arrivals since 2022.
 */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator extends BaseEntity implements Cited, JurisdictionFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "jurisdiction_id", nullable = false)
	private Jurisdiction jurisdiction;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Metric metric;

	@Column(nullable = false, precision = 20, scale = 2)
	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_qualifier", nullable = false)
	private ValueQualifier valueQualifier = ValueQualifier.EXACT;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "as_of", nullable = false)),
			@AttributeOverride(name = "precision", column = @Column(name = "as_of_precision", nullable = false)) })
	private PartialDate asOf;

	private String notes;

	@ManyToMany
	@JoinTable(name = "indicator_citation", joinColumns = @JoinColumn(name = "indicator_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Indicator() {
	}

	public Indicator(Jurisdiction jurisdiction, Metric metric, BigDecimal value, ValueQualifier valueQualifier,
			PartialDate asOf) {
		this.jurisdiction = jurisdiction;
		this.metric = metric;
		this.value = value;
		this.valueQualifier = valueQualifier;
		this.asOf = asOf;
	}

	public void edit(Jurisdiction jurisdiction, Metric metric, BigDecimal value, ValueQualifier valueQualifier,
			PartialDate asOf) {
		this.jurisdiction = jurisdiction;
		this.metric = metric;
		this.value = value;
		this.valueQualifier = valueQualifier;
		this.asOf = asOf;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public Metric getMetric() {
		return this.metric;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public ValueQualifier getValueQualifier() {
		return this.valueQualifier;
	}

	public PartialDate getAsOf() {
		return this.asOf;
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
		return this.metric.name();
	}

}
