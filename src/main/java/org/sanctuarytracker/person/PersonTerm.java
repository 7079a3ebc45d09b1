package org.sanctuarytracker.person;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * A title a person held in a jurisdiction, from and to as far as its one source tells.
 * With neither date known, all it says is that the source reported the title.
 */
@Entity
@Audited
@Table(name = "person_term")
@Getter
public class PersonTerm extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@Column(nullable = false)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "jurisdiction_id")
	private Jurisdiction jurisdiction;

	@Embedded
	private PartialDate heldFrom;

	@Embedded
	private PartialDate heldTo;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id", nullable = false)
	private Source source;

	protected PersonTerm() {
	}

	PersonTerm(Person person) {
		this.person = person;
	}

	/** Replaces the values; says whether any changed. */
	boolean edit(String title, Jurisdiction jurisdiction, PartialDate heldFrom, PartialDate heldTo, Source source) {
		boolean changed = !Objects.equals(this.title, title) || !Objects.equals(this.jurisdiction, jurisdiction)
				|| !Objects.equals(this.heldFrom, heldFrom) || !Objects.equals(this.heldTo, heldTo)
				|| !Objects.equals(this.source, source);
		this.title = title;
		this.jurisdiction = jurisdiction;
		this.heldFrom = heldFrom;
		this.heldTo = heldTo;
		this.source = source;
		return changed;
	}

	@Override
	public String label() {
		return this.title;
	}

}
