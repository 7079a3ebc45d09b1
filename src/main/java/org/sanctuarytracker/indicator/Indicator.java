package org.sanctuarytracker.indicator;

import java.math.BigDecimal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.jurisdiction.CitedFact;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.PartialDate;

/**
 * A dated, sourced number about a jurisdiction, such as migrant arrivals since 2022.
 */
@Entity
@Audited
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "indicator_citation", joinColumns = @JoinColumn(name = "indicator_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
@Table(name = "indicator")
@Getter
public class Indicator extends CitedFact {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Metric metric;

	@Column(nullable = false, precision = 20, scale = 2)
	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_qualifier", nullable = false)
	private ValueQualifier valueQualifier = ValueQualifier.EXACT;

	@Embedded
	private PartialDate asOf;

	@Setter
	private @Nullable String notes;

	protected Indicator() {
	}

	public Indicator(Jurisdiction jurisdiction, Metric metric, BigDecimal value, ValueQualifier valueQualifier,
			PartialDate asOf) {
		super(jurisdiction);
		measure(metric, value, valueQualifier, asOf);
	}

	public void edit(Jurisdiction jurisdiction, Metric metric, BigDecimal value, ValueQualifier valueQualifier,
			PartialDate asOf) {
		fileUnder(jurisdiction);
		measure(metric, value, valueQualifier, asOf);
	}

	// Private, so the constructor calls no method a proxy could override.
	private void measure(Metric metric, BigDecimal value, ValueQualifier valueQualifier, PartialDate asOf) {
		this.metric = metric;
		this.value = value;
		this.valueQualifier = valueQualifier;
		this.asOf = asOf;
	}

	@Override
	public String label() {
		return this.metric.name();
	}

}
