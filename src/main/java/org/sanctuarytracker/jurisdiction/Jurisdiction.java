package org.sanctuarytracker.jurisdiction;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * A government: the nation, a state, a county, a city. Its status is an editor's
 * assessment with a rationale, an as-of date and the sources relied on.
 */
@Entity
@Audited
@Table(name = "jurisdiction")
@Getter
public class Jurisdiction extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private JurisdictionKind kind;

	@Column(nullable = false)
	@Setter
	private String name;

	// The name as search compares it, computed by PostgreSQL (a generated column, V65):
	// mapped only so the list's filter can name it, never written nor audited.
	@Column(name = "search_key", insertable = false, updatable = false)
	@NotAudited
	@Getter(AccessLevel.NONE)
	private String searchKey;

	@Column(nullable = false, unique = true)
	@Setter
	private String slug;

	@Column(name = "state_code")
	private String stateCode;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	@Setter
	private Jurisdiction parent;

	@Setter
	private String geoid;

	@Column(name = "ocd_id")
	@Setter
	private String ocdId;

	private Long population;

	@Column(name = "population_year")
	private Integer populationYear;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	@Setter
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private JurisdictionStatus status = JurisdictionStatus.UNASSESSED;

	@Column(name = "status_rationale")
	private String statusRationale;

	@Embedded
	private PartialDate statusAsOf;

	@ManyToMany
	@JoinTable(name = "jurisdiction_citation", joinColumns = @JoinColumn(name = "jurisdiction_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> statusSources = new LinkedHashSet<>();

	protected Jurisdiction() {
	}

	public Jurisdiction(JurisdictionKind kind, String name, String slug, String stateCode) {
		this.kind = kind;
		this.name = name;
		this.slug = slug;
		this.stateCode = stateCode;
	}

	/** Replaces the identity fields an editor may change. */
	public void identify(JurisdictionKind kind, String name, String slug, String stateCode) {
		this.kind = kind;
		this.name = name;
		this.slug = slug;
		this.stateCode = stateCode;
	}

	public void setPopulation(Long population, Integer populationYear) {
		this.population = population;
		this.populationYear = populationYear;
	}

	public void setCoordinates(BigDecimal latitude, BigDecimal longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public void assess(JurisdictionStatus status, String rationale, PartialDate asOf) {
		this.status = status;
		this.statusRationale = rationale;
		this.statusAsOf = asOf;
	}

	public List<Source> getStatusSources() {
		// Sorted here, not with @OrderBy: Envers cannot read an ordered collection's
		// history.
		return this.statusSources.stream().sorted(Comparator.comparing(Source::getId)).toList();
	}

	/** Replaces the cited sources. */
	public void citeForStatus(Collection<Source> sources) {
		this.statusSources.clear();
		this.statusSources.addAll(sources);
	}

	@Override
	public String label() {
		return this.name;
	}

}
