package org.sanctuarytracker.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.CitedFact;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.PartialDate;

/**
 * An instrument a jurisdiction adopted or considered: an ordinance, a state law, a police
 * directive, a legal-defense fund. It cites at least one source (the database refuses it
 * otherwise).
 */
@Entity
@Audited
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "policy_citation", joinColumns = @JoinColumn(name = "policy_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
@Table(name = "policy")
@Getter
public class Policy extends CitedFact {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PolicyInstrument instrument;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PolicyStatus status;

	@Column(nullable = false)
	private String title;

	@Setter
	private String summary;

	@Embedded
	@Setter
	private PartialDate adoptedOn;

	@Embedded
	@Setter
	private PartialDate effectiveOn;

	@Embedded
	@Setter
	private PartialDate endedOn;

	@Setter
	private String vote;

	@Column(name = "amount_usd", precision = 15, scale = 2)
	private BigDecimal amountUsd;

	@Enumerated(EnumType.STRING)
	@Column(name = "amount_qualifier")
	private ValueQualifier amountQualifier;

	@Column(name = "carve_outs")
	@Setter
	private String carveOuts;

	@ElementCollection
	@CollectionTable(name = "policy_provision", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "provision", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Provision> provisions = new TreeSet<>();

	@ManyToMany
	@JoinTable(name = "policy_target", joinColumns = @JoinColumn(name = "policy_id"),
			inverseJoinColumns = @JoinColumn(name = "jurisdiction_id"))
	private Set<Jurisdiction> targets = new LinkedHashSet<>();

	protected Policy() {
	}

	public Policy(Jurisdiction jurisdiction, PolicyInstrument instrument, PolicyStatus status, String title) {
		super(jurisdiction);
		this.instrument = instrument;
		this.status = status;
		this.title = title;
	}

	/**
	 * Whether the policy's provisions bind today: enacted, already effective and not
	 * ended. A date known only to the month or year counts from the start of that period.
	 */
	public boolean isInForce(LocalDate today) {
		if (this.status != PolicyStatus.ENACTED) {
			return false;
		}
		if (this.effectiveOn != null && this.effectiveOn.date().isAfter(today)) {
			return false;
		}
		return this.endedOn == null || this.endedOn.date().isAfter(today);
	}

	/** Replaces what an editor may change besides the details with setters. */
	public void edit(Jurisdiction jurisdiction, PolicyInstrument instrument, PolicyStatus status, String title) {
		fileUnder(jurisdiction);
		this.instrument = instrument;
		this.status = status;
		this.title = title;
	}

	public Set<Provision> getProvisionsInOrder() {
		return this.provisions.isEmpty() ? Set.of() : EnumSet.copyOf(this.provisions);
	}

	/**
	 * Sets the amount with its source's hedge; an amount typed without one is exact, and
	 * no amount has no hedge (the database checks both come together).
	 */
	public void setAmount(BigDecimal amountUsd, ValueQualifier qualifier) {
		this.amountUsd = amountUsd;
		this.amountQualifier = (amountUsd == null) ? null : (qualifier != null) ? qualifier : ValueQualifier.EXACT;
	}

	/** The jurisdictions the policy is aimed at, by name. */
	public List<Jurisdiction> getTargets() {
		return this.targets.stream().sorted(Comparator.comparing(Jurisdiction::getName)).toList();
	}

	/** Replaces the jurisdictions it is aimed at. */
	public void aimAt(Collection<Jurisdiction> targets) {
		this.targets.clear();
		this.targets.addAll(targets);
	}

	@Override
	public String label() {
		return this.title;
	}

}
