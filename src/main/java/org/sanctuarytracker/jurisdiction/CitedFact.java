package org.sanctuarytracker.jurisdiction;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;

/**
 * A fact filed under a jurisdiction and backed by the sources it cites: a policy, a
 * funding row, a figure, a designation (and any fact type to come). The jurisdiction and
 * the cited sources are kept, audited and read here once; each fact names its own
 * citation table with {@code @AssociationOverride(name = "sources", joinTable = …)}.
 */
@MappedSuperclass
@Audited
public abstract class CitedFact extends BaseEntity implements Cited, JurisdictionFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "jurisdiction_id", nullable = false)
	private Jurisdiction jurisdiction;

	@ManyToMany
	private Set<Source> sources = new LinkedHashSet<>();

	protected CitedFact() {
	}

	protected CitedFact(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	@Override
	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	/** Files the fact under another jurisdiction (an editor's correction). */
	protected void fileUnder(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
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

}
