package org.sanctuarytracker.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.BaseEntity;

/**
 * Someone whose public statements the tracker records: an official (serving a
 * jurisdiction) or a non-official (speaking for an organization).
 */
@Entity
@Audited
@Table(name = "person")
public class Person extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, unique = true)
	private String slug;

	private String party;

	@Column(name = "current_title")
	private String currentTitle;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "jurisdiction_id")
	private Jurisdiction jurisdiction;

	private String organization;

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

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getParty() {
		return this.party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getCurrentTitle() {
		return this.currentTitle;
	}

	public void setCurrentTitle(String currentTitle) {
		this.currentTitle = currentTitle;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public void setJurisdiction(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	public String getOrganization() {
		return this.organization;
	}

	public void setOrganization(String organization) {
		this.organization = organization;
	}

	@Override
	public String label() {
		return this.name;
	}

}
