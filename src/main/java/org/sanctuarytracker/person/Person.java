package org.sanctuarytracker.person;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * Someone whose public statements the tracker records: an official (serving a
 * jurisdiction) or a non-official (speaking for an organization).
 */
@Entity
@Audited
@Table(name = "person")
@Getter
@Setter
public class Person extends BaseEntity {

	@Column(nullable = false)
	@Setter(AccessLevel.NONE)
	private String name;

	@Column(nullable = false, unique = true)
	@Setter(AccessLevel.NONE)
	private String slug;

	private String party;

	@Column(name = "current_title")
	private String currentTitle;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "jurisdiction_id")
	private Jurisdiction jurisdiction;

	private String organization;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "party_source_id")
	private Source partySource;

	// Not @OrderBy: Envers cannot read an ordered collection's history; sorted in the
	// getter.
	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@Setter(AccessLevel.NONE)
	private Set<PersonTerm> terms = new LinkedHashSet<>();

	protected Person() {
	}

	public Person(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public void rename(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	/** The terms of office on record, in the order they were entered. */
	public List<PersonTerm> getTerms() {
		return this.terms.stream()
			.sorted(Comparator.comparing(PersonTerm::getId, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * Replaces the terms with these rows, editing the stored ones in place (so their ids
	 * and history stay) and adding or removing the rest.
	 */
	void replaceTerms(List<TermValues> rows) {
		List<PersonTerm> current = getTerms();
		boolean changed = rows.size() != current.size();
		for (int i = 0; i < rows.size(); i++) {
			PersonTerm term = (i < current.size()) ? current.get(i) : new PersonTerm(this);
			TermValues row = rows.get(i);
			changed |= term.edit(row.title(), row.jurisdiction(), row.heldFrom(), row.heldTo(), row.source());
			this.terms.add(term);
		}
		current.subList(Math.min(rows.size(), current.size()), current.size()).forEach(this.terms::remove);
		if (changed) {
			touch();
		}
	}

	/**
	 * Adds a term (an imported row without an id); the person is marked changed, so their
	 * history shows the term.
	 */
	public void addTerm(String title, Jurisdiction jurisdiction, PartialDate heldFrom, PartialDate heldTo,
			Source source) {
		PersonTerm term = new PersonTerm(this);
		term.edit(title, jurisdiction, heldFrom, heldTo, source);
		this.terms.add(term);
		touch();
	}

	/** Edits one of this person's terms in place (an imported row with its id). */
	public void editTerm(PersonTerm term, String title, Jurisdiction jurisdiction, PartialDate heldFrom,
			PartialDate heldTo, Source source) {
		if (term.getPerson() != this) {
			throw new IllegalArgumentException("Term " + term.getId() + " is not " + this.name + "'s");
		}
		if (term.edit(title, jurisdiction, heldFrom, heldTo, source)) {
			touch();
		}
	}

	record TermValues(String title, Jurisdiction jurisdiction, PartialDate heldFrom, PartialDate heldTo,
			Source source) {
	}

	@Override
	public String label() {
		return this.name;
	}

}
